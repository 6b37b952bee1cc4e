namespace GovernanceBot.Domain.Maturity;

/// <summary>Scores answers against a questionnaire. Only complete answer sets get a score.</summary>
public static class MaturityScoring
{
    /// <summary>True when every question has an accepted answer.</summary>
    public static bool IsComplete(QuestionnaireDefinition definition, IReadOnlyDictionary<string, string> answers) =>
        definition.Questions.All(q => answers.TryGetValue(q.Id, out var value) && q.Accepts(value));

    /// <summary>The score, or null while any question is unanswered: a partial total would understate maturity.</summary>
    public static MaturityScore? ScoreIfComplete(QuestionnaireDefinition definition, IReadOnlyDictionary<string, string> answers)
    {
        if (!IsComplete(definition, answers)) return null;

        var categories = definition.Categories
            .Select(c => new CategoryScore(
                c.Id,
                definition.Questions.Where(q => q.CategoryId == c.Id).Sum(q => q.PointsIn(answers)),
                definition.CategoryMax(c.Id)))
            .ToList();
        var total = categories.Sum(c => c.Points);
        return new MaturityScore(definition.Id, definition.Version, total, definition.MaxScore, definition.BracketFor(total).Id, categories);
    }
}
