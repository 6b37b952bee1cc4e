using GovernanceBot.Domain;
using GovernanceBot.Localization;

namespace GovernanceBot.Maturity.Cards;

/// <summary>The maturity feature's FR/EN strings (Maturity.texts.json) and the formats its cards share.</summary>
internal static partial class MaturityTexts
{
    public static readonly TextCatalog Catalog = TextCatalog.Load("Maturity.texts.json");

    public static string Date(DateTimeOffset instant, Language language) =>
        instant.ToString("d MMMM yyyy", TextCatalog.Culture(language));

    public static string ShortDate(DateTimeOffset instant, Language language) =>
        instant.ToString("d MMM yy", TextCatalog.Culture(language));

    /// <summary>A signed number: "+3", "-2", "0".</summary>
    public static string Signed(int value) => value.ToString("+0;-0;0", TextCatalog.Culture(Language.English));
}
