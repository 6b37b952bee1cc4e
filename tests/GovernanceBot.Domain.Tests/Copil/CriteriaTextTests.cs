using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Tests.Copil;

public class CriteriaTextTests
{
    [Theory]
    [InlineData("roi élevé criticité moyenne alignement faible")]
    [InlineData("ROI: high, business criticality: medium, strategic alignment: low")]
    [InlineData("alignement stratégique basse roi forte criticité métier moyen")]
    public void French_and_english_ratings_in_any_order_are_read(string text)
    {
        var criteria = CriteriaText.Apply(CopilCriteria.None, text);

        Assert.Equal(new CopilCriteria(Rating.High, Rating.Medium, Rating.Low), criteria);
    }

    [Fact]
    public void A_criterion_not_named_keeps_its_rating_and_none_clears_one()
    {
        var current = new CopilCriteria(Rating.High, Rating.High, Rating.Low);

        Assert.Equal(new CopilCriteria(Rating.High, Rating.Medium, Rating.Low), CriteriaText.Apply(current, "criticality medium"));
        Assert.Equal(new CopilCriteria(null, Rating.High, Rating.Low), CriteriaText.Apply(current, "roi aucun"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("roi")]
    [InlineData("roi énorme")]
    [InlineData("budget élevé")]
    [InlineData("roi élevé criticité")]
    public void Text_it_cannot_read_changes_nothing(string text) => Assert.Null(CriteriaText.Apply(CopilCriteria.None, text));
}
