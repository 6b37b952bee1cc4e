namespace GovernanceBot.Domain;

/// <summary>The languages the bot speaks. French is the organisation's default.</summary>
public enum Language
{
    French,
    English,
}

public static class Languages
{
    /// <summary>Maps a channel locale ("en-US", "fr-FR", null…) to a language: English only when the locale says so.</summary>
    public static Language FromLocale(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.French;

    public static string Code(this Language language) => language == Language.English ? "en" : "fr";
}
