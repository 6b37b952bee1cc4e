using GovernanceBot.AdaptiveCards;

namespace GovernanceBot.UseCases.Cards;

/// <summary>A coloured box for a second message on a card that may already show the kit's notice (whose id must stay unique).</summary>
internal static class Banner
{
    public static Container Of(string text, ContainerStyle style) => new()
    {
        Style = style,
        Items = [new TextBlock(text) { Weight = TextWeight.Bolder }],
    };
}
