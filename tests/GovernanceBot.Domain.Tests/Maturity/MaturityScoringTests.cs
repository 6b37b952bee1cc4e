using GovernanceBot.Domain.Maturity;

namespace GovernanceBot.Domain.Tests.Maturity;

public class MaturityScoringTests
{
    private static readonly QuestionnaireDefinition Definition = ShippedQuestionnaire.Definition;

    [Fact]
    public void Shipped_questionnaire_has_15_questions_in_three_categories_and_a_maximum_of_33()
    {
        Assert.Equal(15, Definition.Questions.Count);
        Assert.Equal(["data", "data-science", "business-culture"], Definition.Categories.Select(c => c.Id));
        Assert.Equal([7, 4, 4], Definition.Categories.Select(c => Definition.Questions.Count(q => q.CategoryId == c.Id)));
        Assert.Equal(33, Definition.MaxScore);
        Assert.Equal([16, 9, 8], Definition.Categories.Select(c => Definition.CategoryMax(c.Id)));
    }

    [Theory]
    // Lowest answer everywhere.
    [InlineData("", 0, "early")]
    // Seven "yes" = 14: the top of the first bracket.
    [InlineData("lineage=yes,etl-tool=yes,bi-practice=yes,data-warehouse=yes,data-governance=yes,ai-poc=yes,ai-product=yes", 14, "early")]
    // One "partly" more = 15: the bottom of the second bracket.
    [InlineData("lineage=yes,etl-tool=yes,bi-practice=yes,data-warehouse=yes,data-governance=yes,ai-poc=yes,ai-product=yes,data-analyst=partly", 15, "developing")]
    // Twelve "yes" (24) and one or two AI projects (1) = 25: the top of the second bracket.
    [InlineData("lineage=yes,etl-tool=yes,bi-practice=yes,data-warehouse=yes,data-governance=yes,ai-poc=yes,ai-product=yes,data-analyst=yes,data-driven=yes,leadership-support=yes,it-support=yes,business-interest=yes,ai-projects=1-2", 25, "developing")]
    // Three to five AI projects instead (2) = 26: the bottom of the third bracket.
    [InlineData("lineage=yes,etl-tool=yes,bi-practice=yes,data-warehouse=yes,data-governance=yes,ai-poc=yes,ai-product=yes,data-analyst=yes,data-driven=yes,leadership-support=yes,it-support=yes,business-interest=yes,ai-projects=3-5", 26, "advanced")]
    // Best answer everywhere.
    [InlineData("lineage=yes,etl-tool=yes,bi-practice=yes,data-warehouse=yes,data-governance=yes,ai-poc=yes,ai-product=yes,data-analyst=yes,data-driven=yes,leadership-support=yes,it-support=yes,business-interest=yes,ai-projects=6-plus,bi-success=10,ai-practice-age=over-3-years", 33, "advanced")]
    public void Total_falls_in_the_bracket_its_boundaries_promise(string answers, int expectedTotal, string expectedBracket)
    {
        var score = MaturityScoring.ScoreIfComplete(Definition, ShippedQuestionnaire.Answers(answers));

        Assert.NotNull(score);
        Assert.Equal(expectedTotal, score.Total);
        Assert.Equal(expectedBracket, score.BracketId);
        Assert.Equal(33, score.MaxScore);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(14, 42)]
    [InlineData(15, 45)]
    [InlineData(25, 76)]
    [InlineData(26, 79)]
    [InlineData(33, 100)]
    public void Percentage_is_the_share_of_the_maximum_rounded_to_a_whole_percent(int total, int expectedPercentage)
    {
        Assert.Equal(expectedPercentage, MaturityScore.PercentOf(total, 33));
    }

    [Theory]
    [InlineData("lineage", "yes", 2)]
    [InlineData("lineage", "partly", 1)]
    [InlineData("lineage", "no", 0)]
    [InlineData("bi-success", "0", 0)]
    [InlineData("bi-success", "3", 0)]
    [InlineData("bi-success", "4", 1)]
    [InlineData("bi-success", "6", 1)]
    [InlineData("bi-success", "7", 2)]
    [InlineData("bi-success", "8", 2)]
    [InlineData("bi-success", "9", 3)]
    [InlineData("bi-success", "10", 3)]
    [InlineData("ai-practice-age", "none", 0)]
    [InlineData("ai-practice-age", "under-1-year", 1)]
    [InlineData("ai-practice-age", "1-3-years", 2)]
    [InlineData("ai-practice-age", "over-3-years", 3)]
    [InlineData("ai-projects", "0", 0)]
    [InlineData("ai-projects", "1-2", 1)]
    [InlineData("ai-projects", "3-5", 2)]
    [InlineData("ai-projects", "6-plus", 3)]
    public void Each_answer_is_worth_the_points_the_scheme_gives_it(string questionId, string value, int expectedPoints)
    {
        Assert.Equal(expectedPoints, Definition.Question(questionId).PointsFor(value));
    }

    [Theory]
    [InlineData("lineage", "maybe")]
    [InlineData("lineage", "")]
    [InlineData("bi-success", "11")]
    [InlineData("bi-success", "-1")]
    [InlineData("bi-success", "7.5")]
    [InlineData("bi-success", "seven")]
    [InlineData("ai-projects", "12")]
    [InlineData("ai-practice-age", "yes")]
    public void Values_outside_the_options_or_the_scale_are_not_accepted(string questionId, string value)
    {
        var question = Definition.Question(questionId);

        Assert.False(question.Accepts(value));
        Assert.Throws<InvalidAnswerException>(() => question.PointsFor(value));
    }

    [Fact]
    public void Bi_success_counts_nothing_when_there_is_no_bi_practice()
    {
        var withPractice = MaturityScoring.ScoreIfComplete(Definition, ShippedQuestionnaire.Answers("bi-practice=partly,bi-success=9"))!;
        var withoutPractice = MaturityScoring.ScoreIfComplete(Definition, ShippedQuestionnaire.Answers("bi-practice=no,bi-success=9"))!;

        Assert.Equal(1 + 3, withPractice.Total);
        Assert.Equal(0, withoutPractice.Total);
    }

    [Fact]
    public void A_partial_assessment_is_not_scored()
    {
        var answers = ShippedQuestionnaire.Best();
        answers.Remove("it-support");

        Assert.False(MaturityScoring.IsComplete(Definition, answers));
        Assert.Null(MaturityScoring.ScoreIfComplete(Definition, answers));
    }

    [Fact]
    public void An_assessment_holding_an_unacceptable_answer_is_not_scored()
    {
        var answers = ShippedQuestionnaire.Best("bi-success=12");

        Assert.Null(MaturityScoring.ScoreIfComplete(Definition, answers));
    }

    [Fact]
    public void Category_totals_add_up_to_the_total()
    {
        var score = MaturityScoring.ScoreIfComplete(Definition,
            ShippedQuestionnaire.Answers("lineage=yes,etl-tool=partly,bi-practice=partly,bi-success=7,ai-poc=yes,ai-projects=3-5,leadership-support=partly"))!;

        Assert.Equal(
            [("data", 6, 16), ("data-science", 4, 9), ("business-culture", 1, 8)],
            score.Categories.Select(c => (c.CategoryId, c.Points, c.MaxPoints)));
        Assert.Equal(11, score.Total);
        Assert.Equal([38, 44, 13], score.Categories.Select(c => c.Percentage));
        Assert.Equal(("data-performance-scorecard", 1), (score.QuestionnaireId, score.QuestionnaireVersion));
    }
}
