namespace GovernanceBot.Domain.Delivery;

/// <summary>The delivery status of one job occurrence: counts by state and the reason of each failure.</summary>
public sealed record DeliveryTally(int Queued, int Sending, int Sent, int Failed, IReadOnlyList<(string Recipient, string Reason)> Failures)
{
    public int Total => Queued + Sending + Sent + Failed;

    /// <summary>Nothing left to send: every message was sent or failed.</summary>
    public bool IsComplete => Queued == 0 && Sending == 0;

    public static DeliveryTally Of(IEnumerable<OutboxItem> items)
    {
        int queued = 0, sending = 0, sent = 0, failed = 0;
        var failures = new List<(string, string)>();
        foreach (var item in items)
        {
            switch (item.State)
            {
                case OutboxItemState.Queued: queued++; break;
                case OutboxItemState.Sending: sending++; break;
                case OutboxItemState.Sent: sent++; break;
                case OutboxItemState.Failed:
                    failed++;
                    failures.Add((item.Target.Label, item.FailureReason ?? "unknown"));
                    break;
            }
        }
        return new DeliveryTally(queued, sending, sent, failed, failures);
    }
}
