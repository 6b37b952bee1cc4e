using GovernanceBot.Domain;
using GovernanceBot.Help;
using GovernanceBot.TestSupport.Cards;
using GovernanceBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Help;

/// <summary>The help cards as a host sees them: valid for the 1.5 parser, rendered, and clickable.</summary>
public sealed class HelpCardsTests : IClassFixture<BotTestHostFixture>
{
    private readonly HelpCards _cards;

    public HelpCardsTests(BotTestHostFixture fixture) => _cards = fixture.Host.Services.GetRequiredService<HelpCards>();

    [Fact]
    public async Task Every_help_card_is_valid_for_the_adaptive_cards_1_5_parser_in_both_languages()
    {
        await CardValidator.AssertValidAsync(
        [
            ("help-fr", _cards.Overview(Language.French).ToJson()),
            ("help-en", _cards.Overview(Language.English).ToJson()),
            ("help-not-understood-fr", _cards.Overview(Language.French, "n'importe quoi").ToJson()),
            ("help-details-fr", _cards.Details(Language.French).ToJson()),
            ("help-details-en", _cards.Details(Language.English).ToJson()),
        ]);
    }

    [Fact]
    public async Task The_help_card_renders_every_topic_and_its_more_details_button_sends_the_details_verb()
    {
        var rendered = await CardRenderer.RenderAsync(new CardRenderRequest(
            "help-fr", _cards.Overview(Language.French).ToJson(), Screenshot: "card-help-fr.png", Click: "Plus de détails"));

        foreach (var topic in _cards.Topics) Assert.Contains(topic.Title.Fr, rendered.Text);
        Assert.Equal(HelpVerbs.More, rendered.Clicked?.Verb);
        Assert.True(File.Exists(rendered.Screenshot));
    }

    [Fact]
    public void Text_not_understood_is_said_once_in_a_neutral_box_before_the_usual_intro()
    {
        var card = _cards.Overview(Language.English, "blabla xyz").ToJson();
        var all = card.AllText();

        var notice = Assert.Single(CardJsonSearchOf(card, "Container"), c => (string?)c["id"] == "notice");
        Assert.Equal("emphasis", (string?)notice["style"]);
        Assert.Equal("I didn't understand \"blabla xyz\".", notice.AllText());
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(all, "Here is what I can do"));
        Assert.DoesNotContain("\"color\"", card.ToJsonString());
    }

    [Fact]
    public void Details_name_the_other_language_only_where_it_differs()
    {
        var facts = CardJsonSearchOf(_cards.Details(Language.English).ToJson(), "FactSet").Single()["facts"]!.AsArray()
            .ToDictionary(f => (string)f!["title"]!, f => (string)f!["value"]!);

        Assert.Equal("Hubs", facts["hubs"]);
        Assert.Equal("Help (also: aide)", facts["help"]);
        Assert.DoesNotContain(facts.Values, v => v.Contains("(also: hubs)", StringComparison.Ordinal));
    }

    [Fact]
    public void Open_buttons_ask_for_the_feature_in_a_new_message_so_help_stays()
    {
        var opens = _cards.Overview(Language.French).ToJson().ExecuteActions().Where(a => a.Title == "Ouvrir").ToList();

        Assert.NotEmpty(opens);
        Assert.All(opens, open => Assert.Equal("help", (string?)open.Data[GovernanceBot.Modules.OpenedFrom.Property]));
    }

    private static IEnumerable<System.Text.Json.Nodes.JsonObject> CardJsonSearchOf(System.Text.Json.Nodes.JsonNode card, string type) =>
        GovernanceBot.Tests.Maturity.CardJsonSearch.OfType(card, type);
}
