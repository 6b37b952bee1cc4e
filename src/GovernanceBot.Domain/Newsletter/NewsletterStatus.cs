namespace GovernanceBot.Domain.Newsletter;

/// <summary>Where an issue stands.</summary>
public enum NewsletterStatus
{
    /// <summary>Being written; not approved (or its approvals were voided by a change).</summary>
    Draft,

    /// <summary>One approval given, a second approver required.</summary>
    AwaitingSecondApproval,

    Approved,
    Scheduled,

    /// <summary>Handed to the outbox: archived, nothing changes any more.</summary>
    Sent,
}
