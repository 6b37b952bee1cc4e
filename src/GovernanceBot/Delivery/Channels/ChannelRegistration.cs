namespace GovernanceBot.Delivery.Channels;

/// <summary>A Teams channel designated for a purpose ("copil", "central", "newsletter", "hub:&lt;id&gt;"), with what posting to it needs.</summary>
public sealed record ChannelRegistration(
    string Purpose,
    string TeamsChannelId,
    string? ChannelName,
    string? TeamId,
    string? TeamName,
    string ServiceUrl,
    string? TenantId,
    string BotId,
    string RegisteredBy,
    DateTimeOffset RegisteredAt);
