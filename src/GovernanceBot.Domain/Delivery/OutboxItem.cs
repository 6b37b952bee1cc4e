namespace GovernanceBot.Domain.Delivery;

/// <summary>
/// One message to one recipient for one job occurrence: the unit sent exactly once. Each transition
/// returns a new item; the store writes it under the ETag it was read with, so two senders never both
/// win a claim, and a sender whose lease ran out cannot overwrite the work of the one that reclaimed it.
/// </summary>
public sealed record OutboxItem
{
    public required string OccurrenceId { get; init; }
    public required string RecipientKey { get; init; }
    public required DeliveryTarget Target { get; init; }
    public required OutboxContent Content { get; init; }
    public required OutboxItemState State { get; init; }
    public required DateTimeOffset EnqueuedAt { get; init; }
    public int Attempts { get; init; }
    public DateTimeOffset? NotBefore { get; init; }
    public string? LeaseOwner { get; init; }
    public DateTimeOffset? LeaseExpiresAt { get; init; }
    public string? ActivityId { get; init; }
    public string? SentConversationId { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public string? LastError { get; init; }
    public string? FailureReason { get; init; }

    public static OutboxItem Queue(string occurrenceId, string recipientKey, DeliveryTarget target, OutboxContent content, DateTimeOffset now) => new()
    {
        OccurrenceId = occurrenceId,
        RecipientKey = recipientKey,
        Target = target,
        Content = content,
        State = OutboxItemState.Queued,
        EnqueuedAt = now,
    };

    public bool IsFinal => State is OutboxItemState.Sent or OutboxItemState.Failed;

    /// <summary>
    /// Queued and due, or Sending under a lease that expired (its sender died) with no activity id: the
    /// connector never confirmed it, so sending again loses nothing and repeats nothing it knows of.
    /// </summary>
    public bool CanClaim(DateTimeOffset now) => State switch
    {
        OutboxItemState.Queued => NotBefore is null || NotBefore <= now,
        OutboxItemState.Sending => LeaseExpiresAt <= now && ActivityId is null,
        _ => false,
    };

    public OutboxItem Claim(string owner, DateTimeOffset now, TimeSpan lease)
    {
        if (!CanClaim(now)) throw new InvalidOperationException($"Outbox item {OccurrenceId}/{RecipientKey} is {State} and cannot be claimed now.");
        return this with { State = OutboxItemState.Sending, LeaseOwner = owner, LeaseExpiresAt = now + lease, Attempts = Attempts + 1 };
    }

    public OutboxItem MarkSent(string? activityId, string conversationId, DateTimeOffset now) => this with
    {
        State = OutboxItemState.Sent,
        ActivityId = activityId,
        SentConversationId = conversationId,
        SentAt = now,
        LeaseOwner = null,
        LeaseExpiresAt = null,
        LastError = null,
    };

    /// <summary>Back to the queue until <paramref name="notBefore"/>, or Failed once <paramref name="maxAttempts"/> are used.</summary>
    public OutboxItem RetryLater(DateTimeOffset notBefore, string error, int maxAttempts) =>
        Attempts >= maxAttempts
            ? Fail($"gave up after {Attempts} attempts: {error}")
            : this with { State = OutboxItemState.Queued, NotBefore = notBefore, LastError = error, LeaseOwner = null, LeaseExpiresAt = null };

    public OutboxItem Fail(string reason) => this with
    {
        State = OutboxItemState.Failed,
        FailureReason = reason,
        LeaseOwner = null,
        LeaseExpiresAt = null,
    };

    /// <summary>A claim given back unused (the sender is stopping): the attempt does not count.</summary>
    public OutboxItem Release() => this with
    {
        State = OutboxItemState.Queued,
        Attempts = Math.Max(0, Attempts - 1),
        LeaseOwner = null,
        LeaseExpiresAt = null,
    };
}
