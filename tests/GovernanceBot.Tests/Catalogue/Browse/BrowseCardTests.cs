using GovernanceBot.Catalogue;
using GovernanceBot.Catalogue.Browse;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Browse;
using GovernanceBot.TestSupport.Cards;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Catalogue.Browse;

/// <summary>The browse card against the Adaptive Cards 1.5 parser, and drawn in Chromium with a real click on Next and Apply.</summary>
public sealed class BrowseCardTests(CatalogueHostFixture fixture) : IClassFixture<CatalogueHostFixture>
{
    private Task<BrowseResult> BrowseAsync(BrowseRequest request, Language language) =>
        fixture.Host.Services.GetRequiredService<CatalogueService>().BrowseAsync(request, language, CancellationToken.None);

    [Fact]
    public async Task Browse_cards_are_valid_adaptive_cards_in_both_languages_full_empty_and_corrected()
    {
        var cards = new List<(string, System.Text.Json.Nodes.JsonObject)>();
        foreach (var language in new[] { Language.French, Language.English })
        {
            var first = await BrowseAsync(BrowseRequest.Everything, language);
            var last = await BrowseAsync(BrowseRequest.Everything with { Page = 2 }, language);
            var empty = await BrowseAsync(new BrowseRequest("", new BrowseFilters { Status = UseCaseStatus.Retired, Data = DataConcern.PersonalData }), language);
            var corrected = await BrowseAsync(new BrowseRequest("fraude", new BrowseFilters { Organisation = "Nowhere" }, 7), language);
            cards.Add(($"browse-first-{language}", BrowseCard.Build(first, language).ToJson()));
            cards.Add(($"browse-last-{language}", BrowseCard.Build(last, language).ToJson()));
            cards.Add(($"browse-empty-{language}", BrowseCard.Build(empty, language).ToJson()));
            cards.Add(($"browse-corrected-{language}", BrowseCard.Build(corrected, language).ToJson()));
        }

        await CardValidator.AssertValidAsync(cards);
    }

    [Fact]
    public async Task The_browse_card_renders_its_page_and_filters_and_next_and_apply_send_what_the_handler_reads()
    {
        var card = BrowseCard.Build(await BrowseAsync(BrowseRequest.Everything, Language.French), Language.French).ToJson();

        var rendered = await CardRenderer.RenderAsync(
        [
            new CardRenderRequest("catalogue-browse", card, Screenshot: "catalogue-browse.png", Click: "Suivant"),
            new CardRenderRequest("catalogue-browse-apply", card, Inputs: new Dictionary<string, string> { [BrowseCardData.Inputs.Words] = "fraude" }, Click: "Appliquer"),
        ]);

        var next = rendered[0];
        Assert.Contains("Page 1 sur 2 · 14 résultat(s)", next.Text);
        Assert.Contains("Organisation", next.Text);
        Assert.Empty(next.ClippedTexts);
        Assert.Equal(
            [BrowseCardData.Inputs.Words, BrowseCardData.Inputs.Kind, BrowseCardData.Inputs.Organisation, BrowseCardData.Inputs.Hub,
             BrowseCardData.Inputs.Status, BrowseCardData.Inputs.Theme, BrowseCardData.Inputs.Data],
            next.InputIds);
        Assert.Equal(8, next.Actions.Where(a => a.Verb == CatalogueVerbs.Open).Select(a => (string?)a.Data!["id"]).Distinct().Count());
        Assert.Equal(BrowseVerbs.Page, next.Clicked!.Verb);
        Assert.Equal(2, (int?)next.Clicked.Data!["page"]);
        var apply = rendered[1].Clicked!;
        Assert.Equal(BrowseVerbs.Apply, apply.Verb);
        Assert.Equal("fraude", (string?)apply.Data![BrowseCardData.Inputs.Words]);
    }
}
