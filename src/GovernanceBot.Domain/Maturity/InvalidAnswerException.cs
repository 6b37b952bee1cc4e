namespace GovernanceBot.Domain.Maturity;

/// <summary>An answer that is not one of the question's options or lies outside its scale.</summary>
public sealed class InvalidAnswerException(string questionId, string? value)
    : Exception($"'{value}' is not an accepted answer to question '{questionId}'.")
{
    public string QuestionId { get; } = questionId;
    public string? Value { get; } = value;
}
