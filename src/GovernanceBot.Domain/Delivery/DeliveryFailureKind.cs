namespace GovernanceBot.Domain.Delivery;

public enum DeliveryFailureKind
{
    /// <summary>Try again after a back-off (gateway errors, timeouts, the service unreachable).</summary>
    Transient,

    /// <summary>Teams is throttling the bot: every sender pauses (the tenant-wide gate), then retries.</summary>
    Throttled,

    /// <summary>Will never succeed: the bot was removed, the conversation is gone, the message is refused.</summary>
    Permanent,
}
