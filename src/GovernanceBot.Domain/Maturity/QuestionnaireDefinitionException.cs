namespace GovernanceBot.Domain.Maturity;

/// <summary>A questionnaire document that cannot be used; <see cref="Errors"/> names every problem found.</summary>
public sealed class QuestionnaireDefinitionException(IReadOnlyList<string> errors)
    : Exception("The maturity questionnaire definition is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "- " + e)))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
