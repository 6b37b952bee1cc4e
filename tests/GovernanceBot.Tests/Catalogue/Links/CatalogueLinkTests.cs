using System.Text.Json.Nodes;
using GovernanceBot.Catalogue;
using GovernanceBot.Catalogue.Links;
using GovernanceBot.Domain.Catalogue.Links;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Catalogue.Links;

internal static class LinkCardText
{
    /// <summary>All the text a card shows, with non-breaking spaces read as spaces.</summary>
    public static string Read(this JsonNode? card) => card.AllText().Replace('\u00a0', ' ');
}

/// <summary>The central team's links over HTTP, as Teams sends the messages and the clicks.</summary>
public sealed class CatalogueLinkTests(LinkHostFixture fixture) : IClassFixture<LinkHostFixture>
{
    /// <summary>French texts use non-breaking spaces before colons and inside guillemets; assertions spell plain ones.</summary>
    private static string Plain(string? text) => (text ?? "").Replace('\u00a0', ' ');

    private CatalogueLinkStore Store => fixture.Host.Services.GetRequiredService<CatalogueLinkStore>();

    private async Task<LinkDecision?> DecisionAsync(string dataset, string useCase) => (await Store.GetDecisionAsync(dataset, useCase, CancellationToken.None))?.Value;

    private static JsonObject OpenData(string kind, string id) => new() { ["kind"] = kind, ["id"] = id, ["question"] = "" };

    private async Task<JsonObject> RecordCardAsync(TestUser user, string kind, string id)
    {
        var opened = await fixture.Host.Conversation(user).ExecuteAsync(CatalogueVerbs.Open, OpenData(kind, id));
        return opened.Card ?? throw new InvalidOperationException("No record card: " + opened.Message);
    }

    private static (string Title, string Verb, JsonObject Data) Action(JsonObject card, string verb, string useCase, string dataset) =>
        card.ExecuteActions().Single(a => a.Verb == verb && (string?)a.Data["useCase"] == useCase && (string?)a.Data["dataset"] == dataset);

    [Fact]
    public async Task A_link_typed_with_ids_is_stored_and_shown_at_once_as_stated_in_answers_and_record_cards()
    {
        var reply = Assert.Single(await fixture.Host.Conversation(LinkHostFixture.Central).SendAsync("lier GRP-FRAUDE ; DS-RECLAMATIONS")).Card();

        Assert.Contains("Lien enregistré", reply.Read());
        Assert.Contains("Détection de fraude aux paiements par carte [GRP-FRAUDE] utilise Réclamations clients [DS-RECLAMATIONS].", reply.Read());
        var decision = await DecisionAsync("DS-RECLAMATIONS", "GRP-FRAUDE");
        Assert.Equal((LinkState.Linked, DatasetRole.Consumes, "Bruno Petit"), (decision!.State, decision.Role, decision.ByName));
        Assert.EndsWith(LinkHostFixture.Central.AadObjectId, decision.By, StringComparison.Ordinal);

        var answer = Assert.Single(await fixture.Host.Conversation(LinkHostFixture.Member).SendAsync("Qui est propriétaire des réclamations clients ?")).Card().Read();
        Assert.Contains(answer.Split('\n'), line => line.StartsWith("Utilisé par", StringComparison.Ordinal) && line.Contains("[GRP-FRAUDE]", StringComparison.Ordinal));
        var card = (await RecordCardAsync(LinkHostFixture.Member, "dataset", "DS-RECLAMATIONS")).Read();
        Assert.Contains(card.Split('\n'), line => line.StartsWith("Utilisé par", StringComparison.Ordinal) && line.Contains("[GRP-FRAUDE]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_link_typed_with_names_and_a_role_word_is_stored_and_typing_it_again_changes_nothing()
    {
        var conversation = fixture.Host.Conversation(LinkHostFixture.Admin, "en-US");

        var first = Assert.Single(await conversation.SendAsync("link Tri automatique du courrier entrant produces Événements de scan des colis")).Card();
        var again = Assert.Single(await conversation.SendAsync("link Tri automatique du courrier entrant produces Événements de scan des colis")).Card();

        Assert.Contains("Tri automatique du courrier entrant [GRP-COURRIER] produces Événements de scan des colis [DS-SCANS].", first.Read());
        Assert.DoesNotContain("already", first.Read());
        Assert.Contains("This link was already saved", again.Read());
        Assert.Equal(DatasetRole.Produces, (await DecisionAsync("DS-SCANS", "GRP-COURRIER"))!.Role);
        var useCaseCard = (await RecordCardAsync(LinkHostFixture.Member, "usecase", "GRP-COURRIER")).Read();
        Assert.Contains("Produit : Événements de scan des colis [DS-SCANS].", useCaseCard);
    }

    [Fact]
    public async Task A_name_several_datasets_share_gets_a_card_of_candidates_and_choosing_one_links_it_once()
    {
        var conversation = fixture.Host.Conversation(LinkHostFixture.Central);

        var choices = Assert.Single(await conversation.SendAsync("lier GRP-COLIS ; clients")).Card();

        Assert.Contains("Lequel voulez-vous dire ?", choices.Read());
        var picks = choices.ExecuteActions().Where(a => a.Verb == CatalogueLinkVerbs.Pick).ToList();
        Assert.True(picks.Count >= 2, choices.Read());
        Assert.Null(await DecisionAsync("DS-CLIENTS", "GRP-COLIS"));
        var clients = picks.Single(a => (string?)a.Data["dataset"] == "DS-CLIENTS");
        var linked = await conversation.ExecuteAsync(clients.Verb, (JsonObject)clients.Data.DeepClone());
        var twice = await conversation.ExecuteAsync(clients.Verb, (JsonObject)clients.Data.DeepClone());

        Assert.Contains("Estimation du délai de livraison des colis [GRP-COLIS] utilise Référentiel clients particuliers [DS-CLIENTS].", linked.Card.Read());
        Assert.Contains("déjà enregistré", twice.Card.Read());
        Assert.Equal(LinkState.Linked, (await DecisionAsync("DS-CLIENTS", "GRP-COLIS"))!.State);
    }

    [Fact]
    public async Task When_both_names_are_ambiguous_the_use_case_is_chosen_first_then_the_dataset()
    {
        var conversation = fixture.Host.Conversation(LinkHostFixture.Central, "en-US");
        var first = Assert.Single(await conversation.SendAsync("link détection ; clients")).Card();
        var useCase = first.ExecuteActions().Single(a => a.Verb == CatalogueLinkVerbs.Pick && (string?)a.Data["useCase"] == "NRJ-FACTURE");
        Assert.Contains("Several use cases may match \"détection\"", first.Read());

        var second = await conversation.ExecuteAsync(useCase.Verb, (JsonObject)useCase.Data.DeepClone());
        var dataset = second.Card.ExecuteActions().Single(a => a.Verb == CatalogueLinkVerbs.Pick && (string?)a.Data["dataset"] == "DS-CLIENTS");
        var linked = await conversation.ExecuteAsync(dataset.Verb, (JsonObject)dataset.Data.DeepClone());

        Assert.Contains("Several datasets may match \"clients\"", second.Card.Read());
        Assert.Contains("Détection d'anomalies de facturation [NRJ-FACTURE] uses Référentiel clients particuliers [DS-CLIENTS].", linked.Card.Read());
        Assert.Equal(LinkState.Linked, (await DecisionAsync("DS-CLIENTS", "NRJ-FACTURE"))!.State);
    }

    [Fact]
    public async Task Unlinking_removes_the_link_once_and_a_link_stated_by_the_catalogue_is_left_to_its_source()
    {
        var conversation = fixture.Host.Conversation(LinkHostFixture.Central);
        var linked = Assert.Single(await conversation.SendAsync("lier GRP-CHURN ; DS-SCANS")).Card();

        var removed = Assert.Single(await conversation.SendAsync("délier GRP-CHURN ; DS-SCANS")).Card();
        var again = Assert.Single(await conversation.SendAsync("délier GRP-CHURN ; DS-SCANS"));
        var stated = Assert.Single(await conversation.SendAsync("délier GRP-CHURN ; DS-CLIENTS"));

        Assert.Contains(linked.ExecuteActions(), a => a.Verb == CatalogueLinkVerbs.Unlink);
        Assert.Contains("Lien retiré", removed.Read());
        Assert.Contains("rien à délier", Plain((string?)again["text"]));
        Assert.Contains("vient du catalogue lui-même", Plain((string?)stated["text"]));
        Assert.Null(await DecisionAsync("DS-SCANS", "GRP-CHURN"));
        Assert.DoesNotContain("[GRP-CHURN]", (await RecordCardAsync(LinkHostFixture.Member, "dataset", "DS-SCANS")).Read());
    }

    [Fact]
    public async Task The_unlink_button_of_a_saved_link_removes_it_in_place()
    {
        var conversation = fixture.Host.Conversation(LinkHostFixture.Central);
        var linked = Assert.Single(await conversation.SendAsync("lier GRP-FRAUDE ; DS-SCORES-ATTRITION")).Card();
        var unlink = linked.ExecuteActions().Single(a => a.Verb == CatalogueLinkVerbs.Unlink);

        var removed = await conversation.ExecuteAsync(unlink.Verb, (JsonObject)unlink.Data.DeepClone());

        Assert.Contains("Lien retiré", removed.Card.Read());
        Assert.Null(await DecisionAsync("DS-SCORES-ATTRITION", "GRP-FRAUDE"));
    }

    [Fact]
    public async Task People_outside_the_central_team_see_suggestions_but_can_neither_link_nor_confirm_nor_reject()
    {
        var member = fixture.Host.Conversation(LinkHostFixture.Member);
        var card = await RecordCardAsync(LinkHostFixture.Member, "dataset", "DS-RESEAU");
        var forged = new LinkPairData("DS-RESEAU", "NRJ-MAINT", DatasetRole.Consumes, Domain.Catalogue.RecordRef.Dataset("DS-RESEAU"), "").ToJson();

        var typed = Assert.Single(await member.SendAsync("lier NRJ-MAINT ; DS-RESEAU"));
        var confirm = await member.ExecuteAsync(CatalogueLinkVerbs.Confirm, (JsonObject)forged.DeepClone());
        var reject = await member.ExecuteAsync(CatalogueLinkVerbs.Reject, (JsonObject)forged.DeepClone());

        Assert.Contains("Liens suggérés", card.Read());
        Assert.Contains("[NRJ-MAINT]", card.Read());
        Assert.DoesNotContain(card.ExecuteActions(), a => a.Verb is CatalogueLinkVerbs.Confirm or CatalogueLinkVerbs.Reject);
        Assert.Contains("Seuls l'équipe centrale et les administrateurs", Plain((string?)typed["text"]));
        Assert.Contains("Seuls l'équipe centrale et les administrateurs", Plain(confirm.Message));
        Assert.Contains("Seuls l'équipe centrale et les administrateurs", Plain(reject.Message));
        Assert.Null(await DecisionAsync("DS-RESEAU", "NRJ-MAINT"));
    }

    [Fact]
    public async Task Confirming_a_suggestion_redraws_the_card_with_a_stated_link_and_a_double_or_stale_click_changes_nothing()
    {
        var central = fixture.Host.Conversation(LinkHostFixture.Central);
        var card = await RecordCardAsync(LinkHostFixture.Central, "dataset", "DS-COMPTEURS");
        var confirm = Action(card, CatalogueLinkVerbs.Confirm, "NRJ-PREVISION", "DS-COMPTEURS");
        var staleReject = Action(card, CatalogueLinkVerbs.Reject, "NRJ-PREVISION", "DS-COMPTEURS");

        var confirmed = await central.ExecuteAsync(confirm.Verb, (JsonObject)confirm.Data.DeepClone());
        var twice = await central.ExecuteAsync(confirm.Verb, (JsonObject)confirm.Data.DeepClone());
        var late = await fixture.Host.Conversation(LinkHostFixture.Admin).ExecuteAsync(staleReject.Verb, (JsonObject)staleReject.Data.DeepClone());

        Assert.Contains("Lien confirmé", confirmed.Card.Read());
        Assert.Contains("Utilisé par : Prévision de la consommation [NRJ-PREVISION].", confirmed.Card.Read());
        Assert.DoesNotContain(confirmed.Card.ExecuteActions(), a => (string?)a.Data["useCase"] == "NRJ-PREVISION");
        Assert.Contains("Lien confirmé", twice.Card.Read());
        Assert.Contains("déjà été confirmé par Bruno Petit", late.Card.Read());
        var decision = await DecisionAsync("DS-COMPTEURS", "NRJ-PREVISION");
        Assert.Equal((LinkState.Linked, 1.0), (decision!.State, decision.SuggestionScore));
        Assert.Contains("[NRJ-PREVISION]", Assert.Single(await fixture.Host.Conversation(LinkHostFixture.Member).SendAsync("Qui est propriétaire des relevés des compteurs électriques ?")).Card().Read());
    }

    [Fact]
    public async Task Rejecting_a_suggestion_from_the_use_case_card_hides_it_for_everyone()
    {
        var card = await RecordCardAsync(LinkHostFixture.Central, "usecase", "NRJ-FACTURE");
        var reject = Action(card, CatalogueLinkVerbs.Reject, "NRJ-FACTURE", "DS-COMPTEURS");

        var rejected = await fixture.Host.Conversation(LinkHostFixture.Central).ExecuteAsync(reject.Verb, (JsonObject)reject.Data.DeepClone());

        Assert.Contains("Suggestion rejetée", rejected.Card.Read());
        Assert.Contains("NRJ-FACTURE", rejected.Card.Read());
        Assert.DoesNotContain(rejected.Card.ExecuteActions(), a => (string?)a.Data["dataset"] == "DS-COMPTEURS");
        Assert.DoesNotContain("Jeux de données suggérés", rejected.Card.Read());
        Assert.Equal(LinkState.Rejected, (await DecisionAsync("DS-COMPTEURS", "NRJ-FACTURE"))!.State);
        Assert.DoesNotContain("[NRJ-FACTURE]", (await RecordCardAsync(LinkHostFixture.Member, "dataset", "DS-COMPTEURS")).Read());
    }

    [Fact]
    public async Task Suggestions_are_stored_with_their_score_when_a_catalogue_is_imported()
    {
        var (suggestions, version) = await Store.LoadSuggestionsAsync(CancellationToken.None);

        Assert.Equal(LinkSuggestionRefresh.RulesVersion, version);
        Assert.Contains(new LinkSuggestion("DS-COMPTEURS", "NRJ-PREVISION", 1), suggestions!);
        Assert.Contains(new LinkSuggestion("DS-RESEAU", "NRJ-MAINT", 1), suggestions!);
    }

    [Theory]
    [InlineData("lier", "Donnez le cas d'usage puis le jeu de données")]
    [InlineData("lier GRP-CHURN", "Je ne sais pas où s'arrête")]
    [InlineData("lier GRP-CHURN ; sonar sous-marin", "Aucun jeu de données du catalogue ne correspond à «\u00a0sonar sous-marin\u00a0»")]
    [InlineData("délier", "Donnez le cas d'usage puis le jeu de données, par exemple")]
    public async Task Commands_that_name_no_pair_say_what_to_type(string text, string expected)
    {
        var reply = Assert.Single(await fixture.Host.Conversation(LinkHostFixture.Central).SendAsync(text));

        Assert.Contains(Plain(expected), Plain((string?)reply["text"]));
    }
}
