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
    public void Result_gauge_is_a_teams_chart_and_categories_are_native_bars_on_a_0_to_100_scale_each_with_a_text_fallback()
    {
        var card = ResultCard.Build(Definition, Latest, Earlier, "Hub", Language.English).ToJson();

        var gauge = Assert.Single(CardJsonSearch.OfType(card, "Chart.Gauge"));
        Assert.Equal((Latest.Score.Total, 33), ((double)gauge["value"]!, (double)gauge["max"]!));
        Assert.Equal("Container", (string?)gauge["fallback"]!["type"]);
        Assert.Empty(CardJsonSearch.OfType(card, "Chart.VerticalBar"));

        var rows = CardJsonSearch.Objects(card).Single(o => (string?)o["id"] == "categoryBars");
        var bars = CardJsonSearch.OfType(rows, "ProgressBar").ToList();
        Assert.Equal(Latest.Score.Categories.Select(c => (double)c.Percentage), bars.Select(b => (double)b["value"]!));
        Assert.All(bars, bar => Assert.Equal(100, (double)bar["max"]!));
        Assert.All(bars, bar => Assert.Contains('█', (string)bar["fallback"]!["text"]!));
        var texts = CardJsonSearch.Texts(rows);
        foreach (var category in Latest.Score.Categories)
        {
            Assert.Contains(Definition.Categories.Single(c => c.Id == category.CategoryId).Title.En, texts);
            Assert.Contains($"{category.Points} / {category.MaxPoints} ({category.Percentage}%)", texts);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("lineage=yes,etl-tool=yes,bi-practice=yes,bi-success=8,data-warehouse=partly,ai-poc=yes")]
    [InlineData("best")]
    public void The_level_text_states_no_percentage_but_the_score(string answers)
    {
        if (answers == "best")
            answers = string.Join(',', Definition.Questions.Select(q => $"{q.Id}={(q.IsScale ? q.Scale!.Max.ToString() : q.Options.MaxBy(o => o.Points)!.Value)}"));
        var assessment = Completed(answers, 0, "00000000-0000-0000-0000-0000000000b1");

        foreach (var language in new[] { Language.French, Language.English })
        {
            var card = ResultCard.Build(Definition, assessment, null, "Hub", language).ToJson();
            var categoryTexts = CardJsonSearch.Texts(CardJsonSearch.Objects(card).Single(o => (string?)o["id"] == "categoryBars"));
            var percentages = CardJsonSearch.Texts(card).Except(categoryTexts)
                .SelectMany(t => System.Text.RegularExpressions.Regex.Matches(t, @"(\d+)\s?%").Select(m => int.Parse(m.Groups[1].Value)))
                .ToList();

            Assert.NotEmpty(percentages);
            Assert.All(percentages, p => Assert.Equal(assessment.Score.Percentage, p));
        }
    }

    [Fact]
    public void No_bracket_meaning_of_the_shipped_questionnaire_states_a_percentage()
    {
        Assert.All(Definition.Brackets, b => Assert.DoesNotMatch(@"\d\s?%", b.Meaning.Fr + " " + b.Meaning.En));
    }

    [Fact]
    public void The_question_progress_is_a_native_bar_with_the_text_bar_as_fallback()
    {
        var card = QuestionCard.Build(Definition, DraftAt(5), "Hub", Language.French).ToJson();

        var bar = Assert.Single(CardJsonSearch.OfType(card, "ProgressBar"));
        Assert.Equal((33d, 100d), ((double)bar["value"]!, (double)bar["max"]!));
        Assert.Equal("███████░░░░░░░░░░░░░", (string?)bar["fallback"]!["text"]);
        Assert.Contains("Question 6 sur 15", CardJsonSearch.Texts(card));
    }

    [Fact]
    public void The_rating_question_states_its_scale_once()
    {
        var bi = Definition.Questions.ToList().FindIndex(q => q.IsScale);
        foreach (var language in new[] { Language.French, Language.English })
        {
            var card = QuestionCard.Build(Definition, DraftAt(bi, "bi-practice=yes"), "Hub", language).ToJson();
            var shown = string.Join("\n", CardJsonSearch.Texts(card).Append((string?)CardJsonSearch.OfType(card, "Input.Number").Single()["placeholder"] ?? ""));

            Assert.Single(System.Text.RegularExpressions.Regex.Matches(shown, @"\b10\b"));
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(shown, Definition.Questions[bi].Scale!.MaxLabel.In(language)));
        }
    }

    [Fact]
    public void Picking_up_a_draft_is_said_in_an_informational_style_and_problems_in_a_warning()
    {
        var resumed = QuestionCard.Build(Definition, DraftAt(3), "Hub", Language.English, MaturityTexts.NoticeResumed.In(Language.English), AdaptiveCards.ContainerStyle.Accent).ToJson();
        var stale = QuestionCard.Build(Definition, DraftAt(3), "Hub", Language.English, MaturityTexts.NoticeStale.In(Language.English)).ToJson();

        Assert.Equal("accent", (string?)CardJsonSearch.Objects(resumed).Single(o => (string?)o["id"] == "notice")["style"]);
        Assert.Equal("warning", (string?)CardJsonSearch.Objects(stale).Single(o => (string?)o["id"] == "notice")["style"]);
    }

    [Fact]
    public void History_and_overview_show_each_percentage_on_the_same_0_to_100_bar()
    {
        var history = HistoryCard.Build(Definition, "Banque de détail", [Latest, Earlier], true, Language.French).ToJson();
        var overview = OverviewCard.Build(Definition, [new HubLatestScore(SampleHubs[0], Earlier), new HubLatestScore(SampleHubs[1], Latest)], Language.French).ToJson();

        foreach (var card in new[] { history, overview })
        {
            Assert.Empty(CardJsonSearch.OfType(card, "Chart.VerticalBar"));
            var bars = CardJsonSearch.OfType(card, "ProgressBar").ToList();
            Assert.Equal(2, bars.Count);
            Assert.All(bars, bar => Assert.Equal(100, (double)bar["max"]!));
        }
        Assert.Equal([Latest.Score.Percentage, Earlier.Score.Percentage], CardJsonSearch.OfType(history, "ProgressBar").Select(b => (int)(double)b["value"]!));
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
        Assert.Equal([(double)Latest.Score.Percentage], CardJsonSearch.OfType(card, "ProgressBar").Select(b => (double)b["value"]!));
    }
}
