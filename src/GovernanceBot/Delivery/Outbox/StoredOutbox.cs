using GovernanceBot.Domain.Delivery;

namespace GovernanceBot.Delivery.Outbox;

/// <summary>The outbox in table storage; wakes the local sender after each enqueue.</summary>
public sealed class StoredOutbox(OutboxStore store, OutboxSignal signal, TimeProvider time) : IOutbox
{
    public async Task<int> EnqueueAsync(OutboxOccurrence occurrence, IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        var duplicates = messages.GroupBy(m => m.RecipientKey, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0) throw new ArgumentException($"Recipient keys must be unique in one occurrence: {string.Join(", ", duplicates)}.", nameof(messages));
        if (messages.FirstOrDefault(m => m.Content.IsEmpty) is { } empty) throw new ArgumentException($"The message to {empty.RecipientKey} has neither text nor card.", nameof(messages));

        var now = time.GetUtcNow();
        var items = messages.Select(m => OutboxItem.Queue(occurrence.OccurrenceId, m.RecipientKey, m.Target, m.Content, now)).ToList();
        var added = await store.EnqueueAsync(occurrence, items, cancellationToken);
        if (added > 0) signal.Notify();
        return added;
    }

    public Task<IReadOnlyList<OccurrenceStatus>> RecentAsync(int top, CancellationToken cancellationToken) => store.ListRecentAsync(top, cancellationToken);
}
