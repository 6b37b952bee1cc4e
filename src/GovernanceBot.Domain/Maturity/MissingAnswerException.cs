namespace GovernanceBot.Domain.Maturity;

/// <summary>The user asked to move on (or finish) without answering the current question.</summary>
public sealed class MissingAnswerException(string questionId)
    : Exception($"Question '{questionId}' has no answer yet.")
{
    public string QuestionId { get; } = questionId;
}
