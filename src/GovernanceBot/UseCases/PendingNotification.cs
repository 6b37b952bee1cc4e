namespace GovernanceBot.UseCases;

/// <summary>
/// A notification not relayed to the delivery outbox yet, as the relay reads it: the row's ETag (so only one
/// relay works on it at a time), the claim that relay holds, and why earlier attempts could not address it.
/// </summary>
public sealed record PendingNotification(
    UseCaseNotification Notification,
    string ETag,
    int Attempts,
    DateTimeOffset? RetryAt,
    string? Reason,
    string? ClaimedBy,
    DateTimeOffset? ClaimedUntil)
{
    /// <summary>Nobody holds it and its wait after an unaddressable attempt is over.</summary>
    public bool IsDue(DateTimeOffset now) => (RetryAt is null || RetryAt <= now) && (ClaimedUntil is null || ClaimedUntil <= now);
}
