namespace GovernanceBot.Domain.UseCases;

/// <summary>Why an action on a use case was refused; the card turns it into a sentence.</summary>
public enum UseCaseRefusal
{
    /// <summary>The person's roles do not allow this action on this use case.</summary>
    NotAllowed,

    /// <summary>The use case is not in a state this action starts from (already done by someone else, for instance).</summary>
    WrongState,

    /// <summary>Another member of the central team owns the evaluation.</summary>
    NotOwner,

    CommentRequired,
    CommentTooLong,
    DateRequired,
    DateNotInFuture,

    /// <summary>Required fields are missing; see <see cref="UseCaseRefusedException.Missing"/>.</summary>
    Incomplete,

    /// <summary>Some evaluation axes are not scored yet.</summary>
    EvaluationIncomplete,

    /// <summary>Going live needs the hub's business validation and the security and compliance review.</summary>
    SignOffsMissing,

    /// <summary>Only a draft can be edited.</summary>
    NotEditable,
}
