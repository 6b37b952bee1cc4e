namespace GovernanceBot.Domain.Maturity;

/// <summary>
/// A hub's progress since its previous assessment. Points only mean the same thing within one
/// questionnaire version, so when the versions differ only the percentage is compared
/// (<see cref="TotalDelta"/> is null and <see cref="Categories"/> empty) and the card says why.
/// </summary>
public sealed record AssessmentComparison(
    MaturityScore Previous,
    MaturityScore Current,
    bool SameQuestionnaire,
    int? TotalDelta,
    int PercentageDelta,
    IReadOnlyList<CategoryDelta> Categories)
{
    public static AssessmentComparison Between(MaturityScore previous, MaturityScore current)
    {
        var same = previous.QuestionnaireId == current.QuestionnaireId && previous.QuestionnaireVersion == current.QuestionnaireVersion;
        var percentageDelta = current.Percentage - previous.Percentage;
        if (!same) return new AssessmentComparison(previous, current, false, null, percentageDelta, []);

        var categories = current.Categories
            .Select(c => new CategoryDelta(c.CategoryId, previous.Category(c.CategoryId)?.Points ?? 0, c.Points, c.MaxPoints))
            .ToList();
        return new AssessmentComparison(previous, current, true, current.Total - previous.Total, percentageDelta, categories);
    }
}
