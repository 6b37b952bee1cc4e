using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Modules;
using GovernanceBot.TestSupport.Cards;

namespace GovernanceBot.Tests.Modules;

public sealed class CommonCardsTests
{
    [Fact]
    public async Task The_unreadable_card_answer_is_valid_for_the_1_5_parser_and_offers_help()
    {
        var card = CommonCards.BadCardData("La note doit être un nombre.", Language.French).ToJson();

        await CardValidator.AssertValidAsync([("bad-card-data-fr", card), ("bad-card-data-en", CommonCards.BadCardData("Bad rating.", Language.English).ToJson())]);
        var rendered = await CardRenderer.RenderAsync(new CardRenderRequest("bad-card-data-fr", card, Click: "Aide"));
        Assert.Contains("La note doit être un nombre.", rendered.Text);
        Assert.Equal("help.show", rendered.Clicked?.Verb);
    }

    [Fact]
    public void The_step_indicator_fills_its_bar_in_proportion()
    {
        Assert.Equal("██████░░░░░░  Étape 3 sur 6", CardKit.Progress("Étape 3 sur 6", 3, 6).Text);
        Assert.Equal("░░░░░░░░░░░░  —", CardKit.Progress("—", 0, 0).Text);
    }
}
