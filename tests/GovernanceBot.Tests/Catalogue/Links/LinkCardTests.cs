using System.Text.Json.Nodes;
using GovernanceBot.Catalogue.Cards;
using GovernanceBot.Catalogue.Links;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Links;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.TestSupport.Cards;
using GovernanceBot.Tests.Infrastructure;

namespace GovernanceBot.Tests.Catalogue.Links;

/// <summary>The link cards and the record cards with review buttons against the Adaptive Cards 1.5 parser, and one drawn in Chromium.</summary>
public class LinkCardTests
{
    private static readonly CatalogueDataset Meters = new() { Id = "DS-COMPTEURS", Name = "Relevés des compteurs électriques", OwnerOrganisation = "Direction Énergie" };
    private static readonly CatalogueDataset Network = new() { Id = "DS-RESEAU", Name = "Incidents du réseau électrique", OwnerOrganisation = "Direction Énergie" };
    private static readonly CatalogueUseCase Forecast = new() { Id = "NRJ-PREVISION", Name = "Prévision de la consommation", Organisation = "NRJ", Hub = "Hub Énergie" };
    private static readonly CatalogueUseCase Billing = new() { Id = "NRJ-FACTURE", Name = "Détection d'anomalies de facturation", Organisation = "NRJ" };

    private static readonly CatalogueSnapshot Snapshot = new([Forecast, Billing], [Meters, Network]);

    private static readonly LinkDecision Decision = new(Meters.Id, Forecast.Id, LinkState.Linked, DatasetRole.Produces, "aad-1", "Bruno Petit", new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));

    private static IEnumerable<(string, JsonObject)> Cards(Language language)
    {
        var choice = new RecordMatch(CatalogueKind.Datasets, "réseau", [Network.Id, Meters.Id], false);
        yield return ($"choose-{language}", LinkCards.Choose(choice, "Prévision de la consommation [NRJ-PREVISION]",
            id => new LinkChoiceData(Forecast.Id, "prévision", id, "réseau", DatasetRole.Consumes, false), Snapshot, language).ToJson());
        yield return ($"linked-{language}", LinkCards.Linked(Forecast, Meters, Decision, false, language).ToJson());
        yield return ($"linked-again-{language}", LinkCards.Linked(Forecast, Meters, Decision, true, language).ToJson());
        yield return ($"unlinked-{language}", LinkCards.Unlinked(Forecast, Meters, language).ToJson());
        var suggested = new List<RelatedUseCase> { new(Forecast, DatasetRole.Consumes, false, 1), new(Billing, DatasetRole.Consumes, true, 0.67) };
        yield return ($"dataset-review-{language}", RecordCard.For(Meters, suggested, "qui utilise les compteurs ?", language, reviewable: true).ToJson());
        var datasets = new List<RelatedDataset> { new(Meters, DatasetRole.Produces, false, 1), new(Network, DatasetRole.Consumes, true, 0.75) };
        yield return ($"usecase-review-{language}", RecordCard.For(Forecast, "", language, datasets, reviewable: true).ToJson());
        yield return ($"usecase-plain-{language}", RecordCard.For(Forecast, "", language, datasets).ToJson());
    }

    [Fact]
    public async Task Link_cards_and_record_cards_with_review_buttons_are_valid_adaptive_cards_in_both_languages()
    {
        await CardValidator.AssertValidAsync(Cards(Language.French).Concat(Cards(Language.English)));
    }

    [Fact]
    public void Review_buttons_appear_only_for_reviewers_and_carry_the_pair_and_the_card_to_redraw()
    {
        var related = new List<RelatedUseCase> { new(Billing, DatasetRole.Consumes, true, 0.67) };

        var plain = RecordCard.For(Meters, related, "", Language.French).ToJson();
        var review = RecordCard.For(Meters, related, "", Language.French, reviewable: true).ToJson();

        Assert.DoesNotContain(plain.ExecuteActions(), a => a.Verb.StartsWith("catalogue.link", StringComparison.Ordinal));
        Assert.Contains("Détection d'anomalies de facturation [NRJ-FACTURE]", plain.AllText());
        var confirm = review.ExecuteActions().Single(a => a.Verb == CatalogueLinkVerbs.Confirm);
        Assert.Equal(("DS-COMPTEURS", "NRJ-FACTURE", "consumes", "dataset"),
            ((string?)confirm.Data["dataset"], (string?)confirm.Data["useCase"], (string?)confirm.Data["role"], (string?)confirm.Data["view"]));
        Assert.Single(review.ExecuteActions(), a => a.Verb == CatalogueLinkVerbs.Reject);
    }

    [Fact]
    public async Task The_review_rows_and_the_candidates_render_and_their_buttons_send_the_pair()
    {
        var related = new List<RelatedUseCase> { new(Billing, DatasetRole.Consumes, true, 0.67) };
        var card = RecordCard.For(Meters, related, "", Language.French, reviewable: true).ToJson();

        // One candidate found by meaning only: the person confirms it rather than the bot guessing.
        var choice = new RecordMatch(CatalogueKind.Datasets, "pannes", [Network.Id], false);
        var choose = LinkCards.Choose(choice, "Prévision de la consommation [NRJ-PREVISION]",
            id => new LinkChoiceData(Forecast.Id, "prévision", id, "pannes", DatasetRole.Consumes, false), Snapshot, Language.French).ToJson();

        var rendered = await CardRenderer.RenderAsync(
        [
            new CardRenderRequest("catalogue-link-review", card, Screenshot: "catalogue-link-review.png", Click: "Confirmer"),
            new CardRenderRequest("catalogue-link-choose", choose, Screenshot: "catalogue-link-choose.png", Click: "Choisir"),
        ]);

        Assert.Contains("Détection d'anomalies de facturation [NRJ-FACTURE]", rendered[0].Text);
        Assert.Equal(CatalogueLinkVerbs.Confirm, rendered[0].Clicked!.Verb);
        Assert.Equal("NRJ-FACTURE", (string?)rendered[0].Clicked!.Data!["useCase"]);
        Assert.Contains("Incidents du réseau électrique [DS-RESEAU]", rendered[1].Text);
        Assert.Equal(CatalogueLinkVerbs.Pick, rendered[1].Clicked!.Verb);
        Assert.Equal(("NRJ-PREVISION", "DS-RESEAU"), ((string?)rendered[1].Clicked!.Data!["useCase"], (string?)rendered[1].Clicked!.Data!["dataset"]));
    }
}
