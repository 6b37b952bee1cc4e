using GovernanceBot.Domain.Maturity;

namespace GovernanceBot.Domain.Tests.Maturity;

public class AssessmentComparisonTests
{
    private static MaturityScore Score(int version, int data, int science, int business) => new(
        "data-performance-scorecard", version, data + science + business, 33, "any",
        [new CategoryScore("data", data, 16), new CategoryScore("data-science", science, 9), new CategoryScore("business-culture", business, 8)]);

    [Fact]
    public void Same_version_compares_total_and_every_category()
    {
        var comparison = AssessmentComparison.Between(Score(1, 6, 3, 4), Score(1, 10, 2, 4));

        Assert.True(comparison.SameQuestionnaire);
        Assert.Equal(3, comparison.TotalDelta);
        Assert.Equal(MaturityScore.PercentOf(16, 33) - MaturityScore.PercentOf(13, 33), comparison.PercentageDelta);
        Assert.Equal(
            [("data", 6, 10, 4), ("data-science", 3, 2, -1), ("business-culture", 4, 4, 0)],
            comparison.Categories.Select(c => (c.CategoryId, c.PreviousPoints, c.CurrentPoints, c.Delta)));
    }

    [Fact]
    public void Different_versions_compare_only_the_percentage()
    {
        var comparison = AssessmentComparison.Between(Score(1, 8, 4, 4), Score(2, 10, 6, 6));

        Assert.False(comparison.SameQuestionnaire);
        Assert.Null(comparison.TotalDelta);
        Assert.Empty(comparison.Categories);
        Assert.Equal(67 - 48, comparison.PercentageDelta);
    }

    [Fact]
    public void A_different_questionnaire_id_is_not_compared_point_for_point()
    {
        var other = Score(1, 8, 4, 4) with { QuestionnaireId = "another-scorecard" };

        var comparison = AssessmentComparison.Between(other, Score(1, 8, 4, 4));

        Assert.False(comparison.SameQuestionnaire);
        Assert.Equal(0, comparison.PercentageDelta);
    }
}
