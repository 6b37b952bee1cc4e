using GovernanceBot.AdaptiveCards;

namespace GovernanceBot.Maturity.Cards;

/// <summary>Small pieces every maturity card uses: the title, a notice banner, a bulleted list, a text progress bar.</summary>
internal static class CardParts
{
    public static TextBlock Title(string text) => new(text) { Size = TextSize.Medium, Weight = TextWeight.Bolder };

    public static TextBlock Subtle(string text) => new(text) { IsSubtle = true, Spacing = Spacing.None };

    /// <summary>A coloured box explaining why the card looks the way it does (stale copy, refused value…).</summary>
    public static Container Notice(string text, ContainerStyle style = ContainerStyle.Warning) => new()
    {
        Id = "notice",
        Style = style,
        Items = [new TextBlock(text) { Weight = TextWeight.Bolder }],
    };

    public static TextBlock Bullets(IEnumerable<string> lines) => new(string.Join("\n", lines.Select(l => "- " + l)));

    /// <summary>
    /// A bar drawn with block characters: readable in any host, which is why chart fallbacks use it.
    /// </summary>
    public static string TextBar(int percentage, int width = 20)
    {
        var filled = (int)Math.Round(Math.Clamp(percentage, 0, 100) * width / 100.0, MidpointRounding.AwayFromZero);
        return new string('█', filled) + new string('░', width - filled);
    }
}
