namespace GovernanceBot.Domain.UseCases;

/// <summary>The draft after a wizard move, and the values refused or missing on the step it stayed on.</summary>
public sealed record WizardOutcome(UseCase UseCase, IReadOnlyList<FieldError> Errors)
{
    public bool Moved => Errors.Count == 0;
}
