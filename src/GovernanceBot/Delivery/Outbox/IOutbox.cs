namespace GovernanceBot.Delivery.Outbox;

/// <summary>
/// Where features put the messages they start on their own. The background sender delivers each
/// (occurrence, recipient) exactly once, throttled, and tells the owner about failures once.
/// </summary>
public interface IOutbox
{
    /// <summary>Enqueues <paramref name="messages"/>; repeating the call for the same occurrence adds nothing already there. Returns how many were new.</summary>
    Task<int> EnqueueAsync(OutboxOccurrence occurrence, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken);

    /// <summary>The latest occurrences with their counts (queued, sent, failed) and failure reasons.</summary>
    Task<IReadOnlyList<OccurrenceStatus>> RecentAsync(int top, CancellationToken cancellationToken);
}
