namespace GovernanceBot.Domain.UseCases;

/// <summary>The content after applying a card's values, and the values that were refused.</summary>
public sealed record FormResult(UseCaseContent Content, IReadOnlyList<FieldError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
