using GovernanceBot.Domain;
using GovernanceBot.Maturity.Cards;
using GovernanceBot.TestSupport.Cards;
using static GovernanceBot.Tests.Maturity.MaturityCardSamples;

namespace GovernanceBot.Tests.Maturity;

/// <summary>The cards drawn by the adaptivecards renderer in Chromium, as a host without Teams charts shows them.</summary>
public class MaturityCardRenderingTests
{
    [Fact]
    public async Task Clicking_next_sends_the_typed_rating_with_the_draft_revision_and_question()
    {
        var draft = DraftAt(4, "bi-practice=yes");
        var card = QuestionCard.Build(Definition, draft, "Banque de détail", Language.French).ToJson();

        var rendered = Assert.Single(await CardRenderer.RenderAsync(
        [
            new CardRenderRequest("maturity-question", card, Screenshot: "maturity-question.png", Inputs: new Dictionary<string, string> { ["answer"] = "8" }, Click: "Suivant"),
        ]));

        Assert.Contains("Question 5 sur 15", rendered.Text);
        Assert.Equal(["answer"], rendered.InputIds);
        Assert.Equal("maturity.answer", rendered.Clicked!.Verb);
        Assert.Equal("8", rendered.Clicked.Data!["answer"]!.ToString());
        Assert.Equal(draft.Revision, (int)rendered.Clicked.Data["revision"]!);
        Assert.Equal("bi-success", (string?)rendered.Clicked.Data["questionId"]);
    }

    [Fact]
    public async Task Without_teams_charts_the_result_shows_its_text_bars_instead()
    {
        var card = ResultCard.Build(Definition, Latest, Earlier, "Banque de détail", Language.French).ToJson();

        var rendered = Assert.Single(await CardRenderer.RenderAsync([new CardRenderRequest("maturity-result", card, Screenshot: "maturity-result.png")]));

        Assert.Contains($"Score : {Latest.Score.Total} / 33", rendered.Text);
        Assert.Contains("Score global", rendered.Text);
        Assert.Contains("█", rendered.Text);
        Assert.Contains("Données", rendered.Text);
        Assert.Contains("Actions recommandées", rendered.Text);
    }

    [Theory]
    [InlineData("fr", 540)]
    [InlineData("en", 540)]
    public async Task The_result_card_shows_all_its_text_whole_in_french_and_english(string code, int width)
    {
        var language = code == "en" ? Language.English : Language.French;
        var card = ResultCard.Build(Definition, Latest, Earlier, "Banque de détail", language).ToJson();

        var rendered = await CardRenderer.RenderAsync(new CardRenderRequest($"maturity-result-{code}-{width}", card, Screenshot: $"maturity-result-{code}-{width}.png", Width: width));

        Assert.Empty(rendered.ClippedTexts);
        var shown = Flatten(rendered.Text);
        foreach (var recommendation in GovernanceBot.Domain.Maturity.MaturityRecommendations.For(Definition, Latest.Answers, Latest.Score))
            Assert.Contains(Flatten(recommendation.Text.In(language)), shown);
    }

    /// <summary>Wrapped text reads the same whatever the line breaks.</summary>
    private static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
