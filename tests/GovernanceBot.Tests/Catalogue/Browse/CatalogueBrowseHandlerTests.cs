using System.Text.Json.Nodes;
using GovernanceBot.Catalogue;
using GovernanceBot.Catalogue.Browse;
using GovernanceBot.Tests.Infrastructure;

namespace GovernanceBot.Tests.Catalogue.Browse;

/// <summary>
/// "catalogue" / "catalog" over HTTP, as Teams sends it: the card, its filters, paging in place, and
/// forged or stale card data (the samples hold 6 use cases and 8 datasets: two pages of eight).
/// </summary>
public sealed class CatalogueBrowseHandlerTests(CatalogueHostFixture fixture) : IClassFixture<CatalogueHostFixture>
{
    private static JsonObject Inputs(string? words = null, string? kind = null, string? organisation = null, string? hub = null,
        string? status = null, string? theme = null, string? data = null) => new()
    {
        [BrowseCardData.Inputs.Words] = words ?? "",
        [BrowseCardData.Inputs.Kind] = kind ?? BrowseCardData.AnyValue,
        [BrowseCardData.Inputs.Organisation] = organisation ?? BrowseCardData.AnyValue,
        [BrowseCardData.Inputs.Hub] = hub ?? BrowseCardData.AnyValue,
        [BrowseCardData.Inputs.Status] = status ?? BrowseCardData.AnyValue,
        [BrowseCardData.Inputs.Theme] = theme ?? BrowseCardData.AnyValue,
        [BrowseCardData.Inputs.Data] = data ?? BrowseCardData.AnyValue,
    };

    private static IReadOnlyList<string> OpenedIds(JsonObject? card) =>
        card.ExecuteActions().Where(a => a.Verb == CatalogueVerbs.Open).Select(a => (string)a.Data["id"]!).ToList();

    private static JsonObject? ChoiceSet(JsonObject? card, string id)
    {
        JsonObject? found = null;
        Visit(card);
        return found;

        void Visit(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o when (string?)o["id"] == id: found = o; break;
                case JsonObject o: foreach (var (_, child) in o) Visit(child); break;
                case JsonArray a: foreach (var child in a) Visit(child); break;
            }
        }
    }

    [Fact]
    public async Task Catalogue_alone_lists_the_first_page_of_both_catalogues_with_filters_built_from_the_records()
    {
        var card = Assert.Single(await fixture.Host.Conversation().SendAsync("catalogue")).Card();

        var text = card.AllText();
        Assert.Contains("Page 1 sur 2 · 14 résultat(s)", text);
        Assert.Equal(8, OpenedIds(card).Count);
        Assert.All(card.ExecuteActions().Where(a => a.Verb == CatalogueVerbs.Open), open => Assert.Equal("catalogue.browse", (string?)open.Data["openedFrom"]));
        Assert.Contains(card.ExecuteActions(), a => a.Verb == BrowseVerbs.Page && a.Title == "Suivant");
        Assert.DoesNotContain(card.ExecuteActions(), a => a.Title == "Précédent");
        var organisations = ChoiceSet(card, BrowseCardData.Inputs.Organisation)!["choices"]!.AsArray().Select(c => (string)c!["value"]!).ToList();
        // "Any", then the organisations the records hold, most frequent first: GRP's six use cases, then the eight datasets' owners.
        Assert.Equal(10, organisations.Count);
        Assert.Equal(["*", "GRP"], organisations.Take(2));
        Assert.Contains("Direction Paiements", organisations);
        Assert.Contains("GRP (6)", text);
        Assert.Contains("Hub Courrier et Colis (2)", text);
    }

    [Fact]
    public async Task Next_and_previous_update_the_card_in_place()
    {
        var conversation = fixture.Host.Conversation();
        var first = Assert.Single(await conversation.SendAsync("catalogue")).Card();
        var next = first.ExecuteActions().Single(a => a.Title == "Suivant");

        var second = await conversation.ExecuteAsync(next.Verb, (JsonObject)next.Data.DeepClone());

        Assert.Contains("Page 2 sur 2 · 14 résultat(s)", second.Card.AllText());
        Assert.Equal(6, OpenedIds(second.Card).Count);
        Assert.Empty(OpenedIds(first).Intersect(OpenedIds(second.Card)));
        var previous = second.Card.ExecuteActions().Single(a => a.Title == "Précédent");
        Assert.DoesNotContain(second.Card.ExecuteActions(), a => a.Title == "Suivant");
        var back = await conversation.ExecuteAsync(previous.Verb, (JsonObject)previous.Data.DeepClone());
        Assert.Equal(OpenedIds(first), OpenedIds(back.Card));
    }

    [Fact]
    public async Task Apply_reads_the_chosen_filters_and_starts_again_from_the_first_page()
    {
        var conversation = fixture.Host.Conversation(locale: "en-US");

        var applied = await conversation.ExecuteAsync(BrowseVerbs.Apply, Inputs(status: "inproduction"));

        Assert.Contains("Page 1 of 1 · 2 result(s)", applied.Card.AllText());
        Assert.Equal(["GRP-CHURN", "GRP-FRAUDE"], OpenedIds(applied.Card).Order());
        Assert.Equal("inproduction", (string?)ChoiceSet(applied.Card, BrowseCardData.Inputs.Status)!["value"]);
        var personal = await conversation.ExecuteAsync(BrowseVerbs.Apply, Inputs(kind: "dataset", data: "personal", organisation: "Direction Paiements"));
        Assert.Equal(["DS-TRANSACTIONS"], OpenedIds(personal.Card));
    }

    [Fact]
    public async Task Words_after_the_command_search_and_name_filters_in_either_language()
    {
        var french = Assert.Single(await fixture.Host.Conversation().SendAsync("catalogue fraude")).Card();
        var english = Assert.Single(await fixture.Host.Conversation(locale: "en-US").SendAsync("catalog use cases in production")).Card();

        Assert.Contains("GRP-FRAUDE", OpenedIds(french));
        Assert.Equal(["GRP-CHURN", "GRP-FRAUDE"], OpenedIds(english).Order());
        Assert.Equal("usecase", (string?)ChoiceSet(english, BrowseCardData.Inputs.Kind)!["value"]);
    }

    [Fact]
    public async Task An_empty_result_says_so_and_offers_to_remove_the_filters()
    {
        var conversation = fixture.Host.Conversation();

        var empty = await conversation.ExecuteAsync(BrowseVerbs.Apply, Inputs(status: "retired", data: "personal"));

        Assert.Contains("Aucune fiche ne correspond", empty.Card.AllText());
        Assert.Contains("Retirez un filtre", empty.Card.AllText());
        var remove = empty.Card.ExecuteActions().Single(a => a.Title == "Retirer les filtres");
        var everything = await conversation.ExecuteAsync(remove.Verb, (JsonObject)remove.Data.DeepClone());
        Assert.Contains("14 résultat(s)", everything.Card.AllText());
    }

    [Theory]
    [InlineData("-2", "La page -2 n'existe pas : voici la première.", "Page 1 sur 2")]
    [InlineData("0", "La page 0 n'existe pas", "Page 1 sur 2")]
    [InlineData("99", "La page 99 n'existe pas (il y en a 2) : voici la dernière.", "Page 2 sur 2")]
    public async Task Pages_that_do_not_exist_show_the_nearest_with_a_message(string page, string message, string shown)
    {
        var result = await fixture.Host.Conversation().ExecuteAsync(BrowseVerbs.Page, new JsonObject { ["words"] = "", ["page"] = page });

        Assert.Contains(message, result.Card.AllText());
        Assert.Contains(shown, result.Card.AllText());
    }

    [Fact]
    public async Task An_unknown_organisation_is_dropped_with_a_message()
    {
        var result = await fixture.Host.Conversation().ExecuteAsync(BrowseVerbs.Page, new JsonObject { ["organisation"] = "Ministère de la Magie", ["page"] = 1 });

        Assert.Contains("Aucune fiche n'a l'organisation «\u00a0Ministère de la Magie\u00a0» : ce filtre est retiré.", result.Card.AllText());
        Assert.Contains("14 résultat(s)", result.Card.AllText());
    }

    [Theory]
    [InlineData("page", "deux", "n'est pas un nombre entier")]
    [InlineData("page", "99999999999", "n'est pas un nombre entier")]
    [InlineData("status", "launched", "n'est pas l'un de ceux que propose la carte")]
    [InlineData("kind", "table", "n'est pas l'un de ceux que propose la carte")]
    [InlineData("data", "secret", "n'est pas l'un de ceux que propose la carte")]
    public async Task Forged_card_data_gets_a_clear_message_not_an_error(string field, string value, string message)
    {
        var result = await fixture.Host.Conversation().ExecuteAsync(BrowseVerbs.Page, new JsonObject { [field] = value });

        Assert.Equal(System.Net.HttpStatusCode.OK, result.HttpStatus);
        Assert.Contains(message, result.Card.AllText());
    }

    [Fact]
    public async Task Over_long_words_are_refused()
    {
        var typed = Assert.Single(await fixture.Host.Conversation().SendAsync("catalogue " + new string('x', 201)));
        var applied = await fixture.Host.Conversation().ExecuteAsync(BrowseVerbs.Apply, Inputs(words: new string('x', 201)));

        Assert.Contains("200", typed["text"]!.GetValue<string>());
        Assert.Contains("trop longs", applied.Card.AllText());
    }

    [Fact]
    public async Task Datasets_with_words_still_asks_the_data_catalogue()
    {
        var card = Assert.Single(await fixture.Host.Conversation().SendAsync("jeux de données réclamations")).Card();

        Assert.Contains("Réponse", card.AllText());
        Assert.Contains("[DS-RECLAMATIONS]", card.AllText());
    }

    [Fact]
    public async Task The_help_card_button_opens_the_browse()
    {
        var help = Assert.Single(await fixture.Host.Conversation().SendAsync("aide")).Card();
        var open = help.ExecuteActions().Single(a => a.Verb == BrowseVerbs.Page);

        var fromHelp = await fixture.Host.Conversation().ExecuteAsync(open.Verb, (JsonObject)open.Data.DeepClone());
        var withoutData = await fixture.Host.Conversation().ExecuteAsync(open.Verb, new JsonObject());

        // The help card stays; the browse card arrives below it (delivery itself is the routes' concern).
        Assert.Equal("Ouvert dans un nouveau message, ci-dessous.", fromHelp.Message);
        Assert.Contains("Page 1 sur 2 · 14 résultat(s)", withoutData.Card.AllText());
    }
}
