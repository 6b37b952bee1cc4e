using System.Text.Json.Nodes;
using GovernanceBot.Domain.Maturity;

namespace GovernanceBot.Domain.Tests.Maturity;

public class QuestionnaireDefinitionValidationTests
{
    private static QuestionnaireDefinitionException Rejected(Action<JsonObject> change)
    {
        var document = JsonNode.Parse(ShippedQuestionnaire.Json)!.AsObject();
        change(document);
        return Assert.Throws<QuestionnaireDefinitionException>(() => QuestionnaireDefinition.Parse(document.ToJsonString()));
    }

    private static JsonObject Question(JsonObject document, string id) =>
        document["questions"]!.AsArray().Select(q => q!.AsObject()).Single(q => (string?)q["id"] == id);

    private static JsonObject Bracket(JsonObject document, string id) =>
        document["brackets"]!.AsArray().Select(b => b!.AsObject()).Single(b => (string?)b["id"] == id);

    [Fact]
    public void The_shipped_questionnaire_is_valid()
    {
        var definition = QuestionnaireDefinition.Parse(ShippedQuestionnaire.Json);

        Assert.Equal(("data-performance-scorecard", 1), (definition.Id, definition.Version));
    }

    [Fact]
    public void A_gap_between_brackets_is_reported()
    {
        var error = Rejected(d => Bracket(d, "developing")["from"] = 16);

        Assert.Contains(error.Errors, e => e.Contains("contiguous") && e.Contains("expected it to start at 15"));
    }

    [Fact]
    public void Brackets_that_stop_short_of_the_maximum_are_reported()
    {
        var error = Rejected(d => Bracket(d, "advanced")["to"] = 30);

        Assert.Contains(error.Errors, e => e.Contains("maximum score is 33"));
    }

    [Fact]
    public void Brackets_must_follow_a_change_of_points()
    {
        var error = Rejected(d => d["optionSets"]!["yes-partly-no"]![0]!["points"] = 3);

        Assert.Contains(error.Errors, e => e.Contains("maximum score is 45"));
    }

    [Fact]
    public void A_question_in_an_unknown_category_is_reported()
    {
        var error = Rejected(d => Question(d, "lineage")["category"] = "finance");

        Assert.Contains(error.Errors, e => e.Contains("question 'lineage'") && e.Contains("unknown category 'finance'"));
    }

    [Fact]
    public void A_missing_translation_is_reported()
    {
        var error = Rejected(d => Question(d, "it-support")["text"]!.AsObject().Remove("en"));

        Assert.Contains(error.Errors, e => e.Contains("question 'it-support' text") && e.Contains("'en'"));
    }

    [Fact]
    public void An_undefined_option_set_is_reported()
    {
        var error = Rejected(d => Question(d, "ai-projects")["options"] = "how-many");

        Assert.Contains(error.Errors, e => e.Contains("option set 'how-many' is not defined"));
    }

    [Fact]
    public void Scale_bands_with_a_gap_are_reported()
    {
        var error = Rejected(d => Question(d, "bi-success")["scale"]!["bands"]![1]!["from"] = 5);

        Assert.Contains(error.Errors, e => e.Contains("question 'bi-success'") && e.Contains("gap or overlap at 4"));
    }

    [Fact]
    public void A_zero_when_rule_must_point_to_an_earlier_question()
    {
        var error = Rejected(d => Question(d, "bi-success")["zeroWhen"]!["question"] = "it-support");

        Assert.Contains(error.Errors, e => e.Contains("'zeroWhen.question' must name an earlier question"));
    }

    [Fact]
    public void A_weak_answer_rule_that_would_always_fire_is_reported()
    {
        var error = Rejected(d => Question(d, "lineage")["weakAnswer"]!["atMostPoints"] = 2);

        Assert.Contains(error.Errors, e => e.Contains("question 'lineage'") && e.Contains("every answer would trigger it"));
    }

    [Fact]
    public void A_duplicate_question_id_is_reported()
    {
        var error = Rejected(d => Question(d, "etl-tool")["id"] = "lineage");

        Assert.Contains(error.Errors, e => e.Contains("question 'lineage'") && e.Contains("used twice"));
    }

    [Fact]
    public void An_unknown_answer_kind_is_reported_as_unreadable()
    {
        var error = Rejected(d => Question(d, "lineage")["kind"] = "freeText");

        Assert.Contains(error.Errors, e => e.Contains("not valid JSON for a questionnaire"));
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var error = Rejected(d =>
        {
            d["version"] = 0;
            Bracket(d, "early")["from"] = 1;
            Question(d, "lineage")["category"] = "finance";
        });

        Assert.True(error.Errors.Count >= 3, string.Join(Environment.NewLine, error.Errors));
        Assert.Contains("version", error.Message);
    }

    [Fact]
    public void Text_that_is_not_json_is_reported()
    {
        var error = Assert.Throws<QuestionnaireDefinitionException>(() => QuestionnaireDefinition.Parse("{ not json"));

        Assert.Single(error.Errors);
    }
}
