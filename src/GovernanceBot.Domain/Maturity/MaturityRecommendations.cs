namespace GovernanceBot.Domain.Maturity;

/// <summary>
/// What a hub should do next: the actions of its bracket, then the actions tied to its weakest answers
/// (lowest share of the question's maximum first, in questionnaire order on ties), capped by the
/// questionnaire's <see cref="QuestionnaireDefinition.MaxTriggeredActions"/>.
/// </summary>
public static class MaturityRecommendations
{
    public static IReadOnlyList<Recommendation> For(QuestionnaireDefinition definition, IReadOnlyDictionary<string, string> answers, MaturityScore score)
    {
        var bracket = definition.FindBracket(score.BracketId)
            ?? throw new ArgumentException($"Bracket '{score.BracketId}' is not part of questionnaire {definition.Id} v{definition.Version}.", nameof(score));

        var triggered = definition.Questions
            .Select((question, order) => (question, order, points: question.PointsIn(answers)))
            .Where(x => x.question.WeakAnswer is { } rule && answers.ContainsKey(x.question.Id) && x.points <= rule.AtMostPoints)
            .OrderBy(x => (double)x.points / x.question.MaxPoints)
            .ThenBy(x => x.order)
            .Take(definition.MaxTriggeredActions)
            .Select(x => new Recommendation(x.question.WeakAnswer!.Action, x.question.Id));

        return bracket.Actions.Select(a => new Recommendation(a, null)).Concat(triggered).ToList();
    }
}
