using GovernanceBot.BotFramework.Routing;
using GovernanceBot.Domain;

namespace GovernanceBot.Identity;

/// <summary>
/// Reads what follows "langue" / "language": a language in either language's words ("anglais", "english",
/// "en"…), or "auto" to follow the client again. Anything else is not a choice.
/// </summary>
public static class LanguageChoice
{
    private static readonly HashSet<string> French = ["francais", "french", "fr"];
    private static readonly HashSet<string> English = ["anglais", "english", "en"];
    private static readonly HashSet<string> Automatic = ["auto", "automatique", "automatic", "teams"];

    /// <summary>The choice named by <paramref name="words"/> (accents and case ignored); false when they name none.</summary>
    /// <param name="choice">The language, or null for "follow the client".</param>
    public static bool TryRead(string words, out Language? choice)
    {
        choice = null;
        var normalised = CommandText.Words(words);
        if (normalised.Length != 1) return false;
        var word = normalised[0];
        if (French.Contains(word)) choice = Language.French;
        else if (English.Contains(word)) choice = Language.English;
        else if (!Automatic.Contains(word)) return false;
        return true;
    }
}
