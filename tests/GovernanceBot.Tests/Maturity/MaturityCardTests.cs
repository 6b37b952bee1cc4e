using System.Text.Json.Nodes;
using GovernanceBot.Domain;
using GovernanceBot.Maturity;
using GovernanceBot.Maturity.Cards;
using static GovernanceBot.Tests.Maturity.MaturityCardSamples;

namespace GovernanceBot.Tests.Maturity;

public class MaturityCardTests
{
    public static TheoryData<string> CardNames() => new(All().Select(c => c.Name));

    private static JsonObject Card(string name) => All().Single(c => c.Name == name).Card.ToJson();

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Every_execute_action_has_a_verb_the_feature_routes(string name)
    {
        var verbs = typeof(MaturityVerbs).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();

        Assert.All(CardJsonSearch.ExecuteActions(Card(name)), a => Assert.Contains((string?)a["verb"] ?? "", verbs));
    }

    [Fact]
    public void Question_card_shows_progress_category_and_the_three_buttons_in_french()
    {
        var card = QuestionCard.Build(Definition, DraftAt(5), "Banque de détail", Language.French).ToJson();
        var texts = CardJsonSearch.Texts(card);

        Assert.Contains("Question 6 sur 15", texts);
        Assert.Contains("Catégorie : Données", texts);
        Assert.Contains(Definition.Questions[5].Text.Fr, texts);
        Assert.Equal(["Précédent", "Suivant", "Enregistrer et quitter"], CardJsonSearch.ExecuteActions(card).Select(a => (string?)a["title"]));
        Assert.Equal("fr", (string?)card["lang"]);
    }

    [Fact]
    public void Question_card_speaks_english_for_an_english_locale()
    {
        var card = QuestionCard.Build(Definition, DraftAt(9), "Retail banking", Language.English).ToJson();
        var texts = CardJsonSearch.Texts(card);

        Assert.Contains("Question 10 of 15", texts);
        Assert.Contains("Category: Data science", texts);
        Assert.Equal(["Back", "Next", "Save and quit"], CardJsonSearch.ExecuteActions(card).Select(a => (string?)a["title"]));
    }

    [Fact]
    public void Every_question_card_action_names_the_draft_its_revision_and_its_question()
    {
        var draft = DraftAt(3);
        var card = QuestionCard.Build(Definition, draft, "Banque de détail", Language.French).ToJson();

        Assert.All(CardJsonSearch.ExecuteActions(card), action =>
        {
            Assert.Equal(draft.Id.ToString("N"), (string?)action["data"]!["draftId"]);
            Assert.Equal(draft.Revision, (int)action["data"]!["revision"]!);
            Assert.Equal("data-warehouse", (string?)action["data"]!["questionId"]);
            Assert.Equal("banque-de-detail", (string?)action["data"]!["hubId"]);
        });
    }

    [Fact]
    public void First_question_has_no_back_button_and_the_last_one_finishes()
    {
        var first = QuestionCard.Build(Definition, DraftAt(0), "Hub", Language.French).ToJson();
        var last = QuestionCard.Build(Definition, DraftAt(14), "Hub", Language.French).ToJson();

        Assert.Equal(["Suivant", "Enregistrer et quitter"], CardJsonSearch.ExecuteActions(first).Select(a => (string?)a["title"]));
        Assert.Equal(["Précédent", "Terminer", "Enregistrer et quitter"], CardJsonSearch.ExecuteActions(last).Select(a => (string?)a["title"]));
        Assert.Equal(MaturityVerbs.Answer, (string?)CardJsonSearch.Action(last, "Terminer")["verb"]);
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(5, 4)]
    [InlineData(9, 4)]
    public void Choice_questions_offer_every_option_as_radio_buttons(int index, int expectedChoices)
    {
        var card = QuestionCard.Build(Definition, DraftAt(index), "Hub", Language.English).ToJson();

        var input = Assert.Single(CardJsonSearch.OfType(card, "Input.ChoiceSet"));
        Assert.Equal("answer", (string?)input["id"]);
        Assert.Equal("expanded", (string?)input["style"]);
        Assert.Equal(Definition.Questions[index].Options.Select(o => o.Value), input["choices"]!.AsArray().Select(c => (string?)c!["value"]));
        Assert.Equal(expectedChoices, input["choices"]!.AsArray().Count);
    }

    [Fact]
    public void The_scale_question_is_a_number_input_bounded_0_to_10_holding_the_saved_answer()
    {
        var draft = DraftAt(5, "bi-practice=yes,bi-success=7") with { CurrentIndex = 4 };

        var card = QuestionCard.Build(Definition, draft, "Hub", Language.French).ToJson();

        var input = Assert.Single(CardJsonSearch.OfType(card, "Input.Number"));
        Assert.Equal(("answer", 0, 10, 7), ((string?)input["id"], (double)input["min"]!, (double)input["max"]!, (double)input["value"]!));
    }

    [Fact]
    public void A_saved_choice_is_preselected_when_coming_back_to_a_question()
    {
        var draft = DraftAt(2, "lineage=partly") with { CurrentIndex = 0 };

        var card = QuestionCard.Build(Definition, draft, "Hub", Language.French).ToJson();

        Assert.Equal("partly", (string?)Assert.Single(CardJsonSearch.OfType(card, "Input.ChoiceSet"))["value"]);
    }

    [Fact]
    public void Result_card_shows_total_percentage_bracket_categories_comparison_and_actions()
    {
        var card = ResultCard.Build(Definition, Latest, Earlier, "Banque de détail", Language.French).ToJson();
        var texts = CardJsonSearch.Texts(card);
        var score = Latest.Score;

        Assert.Contains($"Score : {score.Total} / 33 ({score.Percentage} %)", texts);
        Assert.Contains($"Niveau : {Definition.FindBracket(score.BracketId)!.Title.Fr}", texts);
        Assert.Contains(texts, t => t.StartsWith("Évolution depuis le", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith($"Total : +{score.Total - Earlier.Score.Total} points", StringComparison.Ordinal));
        Assert.Contains("Actions recommandées", texts);
        Assert.Contains(texts, t => t.Contains(Definition.FindBracket(score.BracketId)!.Actions[0].Fr, StringComparison.Ordinal));
        Assert.Equal(["Voir l'historique", "Nouvelle évaluation"], CardJsonSearch.ExecuteActions(card).Select(a => (string?)a["title"]));
    }

    [Fact]
    public void Result_charts_are_teams_charts_with_a_plain_fallback()
    {
        var card = ResultCard.Build(Definition, Latest, Earlier, "Hub", Language.English).ToJson();

        var gauge = Assert.Single(CardJsonSearch.OfType(card, "Chart.Gauge"));
        Assert.Equal((Latest.Score.Total, 33), ((double)gauge["value"]!, (double)gauge["max"]!));
        Assert.Equal("Container", (string?)gauge["fallback"]!["type"]);
        var bars = Assert.Single(CardJsonSearch.OfType(card, "Chart.VerticalBar"));
        Assert.Equal(3, bars["data"]!.AsArray().Count);
        Assert.Equal(3, CardJsonSearch.OfType(bars["fallback"]!, "ColumnSet").Count());
        Assert.Contains(CardJsonSearch.Texts(bars["fallback"]!), t => t.Contains('█') || t.Contains('░'));
    }

    [Fact]
    public void Gauge_arcs_follow_the_brackets_and_add_up_to_the_maximum_score()
    {
        var card = ResultCard.Build(Definition, Latest, Earlier, "Hub", Language.English).ToJson();

        var sizes = Assert.Single(CardJsonSearch.OfType(card, "Chart.Gauge"))["segments"]!.AsArray().Select(s => (double)s!["size"]!).ToList();
        Assert.Equal([15d, 11d, 7d], sizes);
        Assert.Equal(33, sizes.Sum());
    }

    [Fact]
    public void A_previous_assessment_of_another_version_is_compared_by_percentage_only()
    {
        var older = Completed("lineage=yes", 12, "00000000-0000-0000-0000-0000000000a0", version: 0);

        var card = ResultCard.Build(Definition, Latest, older, "Hub", Language.English).ToJson();

        Assert.Contains(CardJsonSearch.Texts(card), t => t.StartsWith("The previous assessment used version 0", StringComparison.Ordinal));
        Assert.Empty(CardJsonSearch.OfType(card, "FactSet"));
    }

    [Fact]
    public void First_assessment_says_there_is_nothing_to_compare()
    {
        var card = ResultCard.Build(Definition, Earlier, null, "Hub", Language.English).ToJson();

        Assert.Contains("This hub's first assessment: nothing to compare with yet.", CardJsonSearch.Texts(card));
    }

    [Fact]
    public void History_lists_newest_first_each_with_a_view_button()
    {
        var card = HistoryCard.Build(Definition, "Banque de détail", [Latest, Earlier], false, Language.French).ToJson();

        var views = CardJsonSearch.ExecuteActions(card).Where(a => (string?)a["verb"] == MaturityVerbs.Result).ToList();
        Assert.Equal([Latest.Id.ToString("N"), Earlier.Id.ToString("N")], views.Select(v => (string?)v["data"]!["assessmentId"]));
        Assert.DoesNotContain(CardJsonSearch.ExecuteActions(card), a => (string?)a["verb"] == MaturityVerbs.Overview);
    }

    [Fact]
    public void Overview_shows_every_hub_including_those_never_assessed()
    {
        var card = OverviewCard.Build(Definition, [new HubLatestScore(SampleHubs[0], null), new HubLatestScore(SampleHubs[1], Latest)], Language.English).ToJson();
        var texts = CardJsonSearch.Texts(card);

        Assert.Contains("Assurance", texts);
        Assert.Contains("not assessed yet", texts);
        Assert.Contains(texts, t => t.StartsWith($"{Latest.Score.Total} / 33 ({Latest.Score.Percentage}%)", StringComparison.Ordinal));
        Assert.Equal(["Banque de détail"], Assert.Single(CardJsonSearch.OfType(card, "Chart.VerticalBar"))["data"]!.AsArray().Select(d => (string?)d!["x"]));
    }
}
