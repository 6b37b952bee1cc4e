namespace GovernanceBot.Domain.UseCases;

/// <summary>Why a field's value was refused; the card turns it into a sentence in the user's language.</summary>
public enum FieldErrorCode
{
    Required,
    TooLong,
    NotAUrl,
    NotAWholeNumber,
    OutOfRange,
    NotAnOption,
    TooManyItems,

    /// <summary>An EU AI Act "unacceptable" risk: a prohibited practice, which cannot be submitted.</summary>
    ProhibitedRisk,
}
