namespace GovernanceBot.Domain.Newsletter;

/// <summary>Why the rules refused a newsletter action.</summary>
public enum NewsletterRefusal
{
    NotComms,
    AlreadySent,
    StaleCard,
    UnknownSection,
    TitleRequired,
    TitleTooLong,
    BodyRequired,
    BodyTooLong,
    TooManySections,
    NoSections,
    AlreadyApprovedByYou,
    NotApproved,
    TimeNotInFuture,
    TimeTooFar,
    NoChannel,
    NotScheduled,
}
