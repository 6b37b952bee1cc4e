using GovernanceBot.BotFramework.Logging;
using GovernanceBot.BotFramework.Proactive;
using GovernanceBot.Domain.Delivery;

namespace GovernanceBot.Delivery.Outbox;

/// <summary>
/// What an occurrence already posted, read back from the outbox, and the in-place edit of those posts
/// (a decision taken on an agenda card, a count that changed). Posts not sent yet are not listed: their
/// queued content is what goes out, so a feature that must change it re-enqueues under a new occurrence.
/// </summary>
public sealed class SentPosts(OutboxStore store, IProactiveMessenger messenger, ILogger<SentPosts> logger)
{
    public async Task<IReadOnlyList<SentPost>> ListAsync(string occurrenceId, CancellationToken cancellationToken) =>
        [.. (await store.ListItemsAsync(occurrenceId, cancellationToken)).Select(s => From(s.Item)).OfType<SentPost>()];

    public async Task<SentPost?> FindAsync(string occurrenceId, string recipientKey, CancellationToken cancellationToken) =>
        await store.GetItemAsync(occurrenceId, recipientKey, cancellationToken) is { } stored ? From(stored.Item) : null;

    /// <summary>Replaces every sent post of <paramref name="occurrenceId"/>; returns how many were edited. A post the channel refuses to edit is logged and skipped.</summary>
    public async Task<int> UpdateAllAsync(string occurrenceId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var edited = 0;
        foreach (var post in await ListAsync(occurrenceId, cancellationToken))
            if (await TryUpdateAsync(post, message, cancellationToken)) edited++;
        return edited;
    }

    public async Task<bool> TryUpdateAsync(SentPost post, OutgoingMessage message, CancellationToken cancellationToken)
    {
        if (post.ActivityId is null) return false;
        try
        {
            await messenger.UpdateAsync(post.Message, message, cancellationToken);
            return true;
        }
        catch (BotFramework.Connector.ConnectorException e)
        {
            logger.LogWarning("Could not edit post {Occurrence}/{Recipient} in place: {Status}", post.OccurrenceId, LogText.Safe(post.RecipientKey), e.StatusCode);
            return false;
        }
    }

    internal static SentPost? From(OutboxItem item) =>
        item is { State: OutboxItemState.Sent, SentConversationId: { } conversation }
            ? new SentPost(item.OccurrenceId, item.RecipientKey, item.Target.ServiceUrl, conversation, item.ActivityId,
                item.Target.BotId, item.Target.TenantId, item.Target.Label, item.SentAt ?? item.EnqueuedAt)
            : null;
}
