using GovernanceBot.Domain.Delivery;

namespace GovernanceBot.Domain.Operations;

/// <summary>
/// What the outbox still has to do, across its open occurrences: messages waiting, being sent, failed so far,
/// and how old the oldest open occurrence is (a backlog that only grows points at throttling or an outage).
/// </summary>
public sealed record OutboxBacklog(int OpenOccurrences, int Waiting, int Sending, int Failed, TimeSpan? OldestAge)
{
    public static readonly OutboxBacklog Empty = new(0, 0, 0, 0, null);

    public bool IsIdle => Waiting == 0 && Sending == 0;

    public static OutboxBacklog Of(IEnumerable<(DateTimeOffset CreatedAt, DeliveryTally Tally)> open, DateTimeOffset now)
    {
        var backlog = Empty;
        foreach (var (createdAt, tally) in open)
        {
            var age = now - createdAt;
            backlog = new OutboxBacklog(backlog.OpenOccurrences + 1, backlog.Waiting + tally.Queued, backlog.Sending + tally.Sending, backlog.Failed + tally.Failed,
                backlog.OldestAge is { } oldest && oldest >= age ? oldest : age < TimeSpan.Zero ? TimeSpan.Zero : age);
        }
        return backlog;
    }
}

/// <summary>Teams' shared throttle gate as the outbox sees it: open, or closed until a moment (after HTTP 429).</summary>
public sealed record ThrottleState(DateTimeOffset? ClosedUntil)
{
    public static ThrottleState At(DateTimeOffset? gateUntil, DateTimeOffset now) => new(gateUntil > now ? gateUntil : null);

    public bool IsOpen => ClosedUntil is null;
}
