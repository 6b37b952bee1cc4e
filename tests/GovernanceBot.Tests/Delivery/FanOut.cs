using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Delivery;

namespace GovernanceBot.Tests.Delivery;

/// <summary>Test fan-outs: one message to many channels (each a new thread), and waiting for the outbox to drain.</summary>
public static class FanOut
{
    public static string Channel(int n) => $"19:channel{n:000}@thread.tacv2";

    public static OutboxOccurrence Occurrence(string id, string? owner = null) =>
        new(id, "Ordre du jour du Copil", "copil-agenda", "copil-agenda", owner, Language.French, DateTimeOffset.UtcNow, null, false);

    public static IReadOnlyList<OutboxMessage> ToChannels(string serviceUrl, int count, string text = "Ordre du jour") =>
        Enumerable.Range(0, count).Select(n => new OutboxMessage(
            Channel(n),
            new DeliveryTarget(true, serviceUrl, Channel(n), "28:governancebot", "tenant-1", $"Channel {n}"),
            new OutboxContent(text, null, null))).ToList();

    /// <summary>Waits until no message of <paramref name="occurrenceId"/> is queued or being sent.</summary>
    public static async Task<DeliveryTally> DrainAsync(OutboxStore store, string occurrenceId, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var tally = DeliveryTally.Of((await store.ListItemsAsync(occurrenceId, CancellationToken.None)).Select(i => i.Item));
            if (tally.IsComplete || DateTime.UtcNow > deadline) return tally;
            await Task.Delay(100);
        }
    }
}
