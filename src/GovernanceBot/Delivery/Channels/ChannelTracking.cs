using GovernanceBot.BotFramework.Schema;
using GovernanceBot.BotFramework.Turns;

namespace GovernanceBot.Delivery.Channels;

/// <summary>
/// Follows the team events Teams sends in conversationUpdate / installationUpdate: the bot added to a team
/// (its General channel), channels created, renamed or deleted, the team renamed, the bot removed.
/// </summary>
public sealed class ChannelTracking(ChannelStore store, TimeProvider time, ILogger<ChannelTracking> logger)
{
    public async Task HandleAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            await TrackAsync(turn.Activity, cancellationToken);
        }
        catch (GovernanceBot.Storage.StorageValidationException invalid)
        {
            // Team or channel ids beyond what table storage holds come from no real team: the event is noted, not stored.
            logger.LogWarning("Team event not tracked: {Reason}", invalid.Message);
        }
    }

    private async Task TrackAsync(Activity activity, CancellationToken cancellationToken)
    {
        var teamId = JsonText.At(activity.ChannelData, "team", "id");
        if (teamId is null) return;
        var teamName = JsonText.At(activity.ChannelData, "team", "name");
        var eventType = JsonText.At(activity.ChannelData, "eventType");
        var channelId = JsonText.At(activity.ChannelData, "channel", "id");
        var channelName = JsonText.At(activity.ChannelData, "channel", "name");
        var now = time.GetUtcNow();
        var botId = activity.Recipient?.Id;
        var botRemoved = eventType == "teamMemberRemoved" && activity.MembersRemoved?.Any(m => m.Id == botId) == true
            || string.Equals(activity.Action, "remove", StringComparison.OrdinalIgnoreCase);

        if (botRemoved)
        {
            foreach (var channel in await store.ListTeamAsync(teamId, cancellationToken))
                await store.SaveChannelAsync(channel with { BotRemoved = true, UpdatedAt = now }, cancellationToken);
            return;
        }

        switch (eventType)
        {
            case "channelCreated" or "channelRenamed" or "channelRestored" when channelId is not null:
                await store.SaveChannelAsync(new TrackedChannel(teamId, channelId, channelName, teamName, false, false, now), cancellationToken);
                break;
            case "channelDeleted" when channelId is not null:
                var known = await store.FindChannelAsync(teamId, channelId, cancellationToken);
                await store.SaveChannelAsync(new TrackedChannel(teamId, channelId, channelName ?? known?.Name, teamName, true, false, now), cancellationToken);
                foreach (var registration in await store.ListAsync(null, cancellationToken))
                    if (registration.TeamsChannelId == channelId) await store.UnregisterAsync(registration.Purpose, channelId, cancellationToken);
                break;
            case "teamRenamed":
                foreach (var channel in await store.ListTeamAsync(teamId, cancellationToken))
                    await store.SaveChannelAsync(channel with { TeamName = teamName, UpdatedAt = now }, cancellationToken);
                break;
            default:
                // The bot joined the team (teamMemberAdded, installationUpdate add): Teams names the General channel, whose id is the team's.
                var general = channelId ?? teamId;
                var existing = await store.FindChannelAsync(teamId, general, cancellationToken);
                await store.SaveChannelAsync(new TrackedChannel(teamId, general, channelName ?? existing?.Name, teamName, false, false, now), cancellationToken);
                foreach (var channel in await store.ListTeamAsync(teamId, cancellationToken))
                    if (channel.BotRemoved) await store.SaveChannelAsync(channel with { BotRemoved = false, UpdatedAt = now }, cancellationToken);
                break;
        }
    }
}
