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
}
