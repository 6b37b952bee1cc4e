namespace GovernanceBot.Domain.Maturity;

/// <summary>
/// One recommended action: from the score's bracket, or triggered by a weak answer to
/// <see cref="QuestionId"/>.
/// </summary>
public sealed record Recommendation(LocalizedText Text, string? QuestionId)
{
    public bool IsTriggeredByAnswer => QuestionId is not null;
}
