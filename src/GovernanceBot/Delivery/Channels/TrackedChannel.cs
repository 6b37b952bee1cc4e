namespace GovernanceBot.Delivery.Channels;

/// <summary>A channel of a team the bot is in, as Teams last described it: renamed, deleted, or the bot removed from its team.</summary>
public sealed record TrackedChannel(string TeamId, string TeamsChannelId, string? Name, string? TeamName, bool Deleted, bool BotRemoved, DateTimeOffset UpdatedAt)
{
    public bool CanReceive => !Deleted && !BotRemoved;
}
