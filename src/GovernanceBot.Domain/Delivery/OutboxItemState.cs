namespace GovernanceBot.Domain.Delivery;

/// <summary>Where one message to one recipient stands. Sent and Failed are final.</summary>
public enum OutboxItemState
{
    /// <summary>Waiting to be claimed, possibly not before a given time (a back-off).</summary>
    Queued,

    /// <summary>Claimed by a sender under a lease; reclaimable only once the lease expires with no activity id recorded.</summary>
    Sending,

    /// <summary>The connector accepted it; the activity id is recorded.</summary>
    Sent,

    /// <summary>Will not be delivered: the bot was removed, the conversation is gone, the message was refused, or retries ran out.</summary>
    Failed,
}
