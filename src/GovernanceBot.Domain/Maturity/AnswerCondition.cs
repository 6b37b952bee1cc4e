namespace GovernanceBot.Domain.Maturity;

/// <summary>
/// Holds when question <see cref="QuestionId"/> was answered with one of <see cref="Answers"/>. Used to
/// score a follow-up question zero when its premise is denied (no BI practice → its success counts nothing).
/// </summary>
public sealed record AnswerCondition(string QuestionId, IReadOnlyList<string> Answers)
{
    public bool HoldsFor(IReadOnlyDictionary<string, string> answers) =>
        answers.TryGetValue(QuestionId, out var given) && Answers.Contains(given, StringComparer.Ordinal);
}
