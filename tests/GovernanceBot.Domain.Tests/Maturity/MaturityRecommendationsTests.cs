using GovernanceBot.Domain.Maturity;

namespace GovernanceBot.Domain.Tests.Maturity;

public class MaturityRecommendationsTests
{
    private static readonly QuestionnaireDefinition Definition = ShippedQuestionnaire.Definition;

    private static IReadOnlyList<Recommendation> RecommendationsFor(Dictionary<string, string> answers) =>
        MaturityRecommendations.For(Definition, answers, MaturityScoring.ScoreIfComplete(Definition, answers)!);

    [Theory]
    [InlineData("", "early")]
    [InlineData("lineage=yes,etl-tool=yes,bi-practice=yes,data-warehouse=yes,data-governance=yes,ai-poc=yes,ai-product=yes,data-analyst=partly", "developing")]
    public void Bracket_actions_come_first_in_their_written_order(string overrides, string bracketId)
    {
        var recommendations = RecommendationsFor(ShippedQuestionnaire.Answers(overrides));
        var bracket = Definition.FindBracket(bracketId)!;

        Assert.Equal(bracket.Actions, recommendations.Take(bracket.Actions.Count).Select(r => r.Text));
        Assert.All(recommendations.Take(bracket.Actions.Count), r => Assert.False(r.IsTriggeredByAnswer));
    }

    [Fact]
    public void No_lineage_triggers_the_lineage_action()
    {
        var recommendations = RecommendationsFor(ShippedQuestionnaire.Best("lineage=no"));

        var triggered = Assert.Single(recommendations, r => r.IsTriggeredByAnswer);
        Assert.Equal("lineage", triggered.QuestionId);
        Assert.Equal(Definition.Question("lineage").WeakAnswer!.Action, triggered.Text);
    }

    [Fact]
    public void A_partly_answer_does_not_trigger_an_action_whose_threshold_is_zero_points()
    {
        var recommendations = RecommendationsFor(ShippedQuestionnaire.Best("lineage=partly"));

        Assert.DoesNotContain(recommendations, r => r.IsTriggeredByAnswer);
    }

    [Fact]
    public void Weakest_answers_come_first_and_are_capped()
    {
        // bi-success 5 earns 1 of 3 (a third); data-driven and it-support earn nothing: those come first.
        var recommendations = RecommendationsFor(ShippedQuestionnaire.Best("bi-success=5,it-support=no,data-driven=no"));

        Assert.Equal(3, Definition.MaxTriggeredActions);
        Assert.Equal(["data-driven", "it-support", "bi-success"], recommendations.Where(r => r.IsTriggeredByAnswer).Select(r => r.QuestionId));
    }

    [Fact]
    public void With_every_answer_at_its_lowest_only_the_first_answers_in_questionnaire_order_trigger_actions()
    {
        var recommendations = RecommendationsFor(ShippedQuestionnaire.Answers());

        Assert.Equal(["lineage", "etl-tool", "bi-practice"], recommendations.Where(r => r.IsTriggeredByAnswer).Select(r => r.QuestionId));
    }

    [Fact]
    public void Questions_without_a_weak_answer_rule_never_trigger_an_action()
    {
        var recommendations = RecommendationsFor(ShippedQuestionnaire.Best("ai-product=no"));

        Assert.Null(Definition.Question("ai-product").WeakAnswer);
        Assert.DoesNotContain(recommendations, r => r.IsTriggeredByAnswer);
    }
}
