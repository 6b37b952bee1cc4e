using GovernanceBot.TestSupport.Cards;

namespace GovernanceBot.Tests.Maturity;

public class MaturityCardValidationTests
{
    [Fact]
    public async Task Every_maturity_card_is_valid_for_the_adaptive_cards_1_5_parser()
    {
        var cards = MaturityCardSamples.All().Select(c => (c.Name, c.Card.ToJson())).ToList();

        await CardValidator.AssertValidAsync(cards);

        // Teams charts are unknown to the parser: each must come with the fallback it then shows.
        var results = await CardValidator.ValidateAsync(cards);
        Assert.All(results.SelectMany(r => r.Warnings), w => Assert.Contains("hosts without it show its fallback", w));
        Assert.Contains(results, r => r.Warnings.Any(w => w.Contains("Chart.Gauge", StringComparison.Ordinal)));
    }
}
