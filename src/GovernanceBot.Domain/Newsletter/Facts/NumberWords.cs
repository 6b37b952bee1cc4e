namespace GovernanceBot.Domain.Newsletter.Facts;

/// <summary>
/// Small numbers written as words in French and English. A rewrite may turn "3" into "trois" or back: the
/// word keeps the fact. Only used to excuse such a change, never to find facts ("un" is mostly an article).
/// </summary>
internal static class NumberWords
{
    private static readonly Dictionary<string, string> Values = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zéro"] = "0", ["zero"] = "0", ["un"] = "1", ["une"] = "1", ["one"] = "1", ["deux"] = "2", ["two"] = "2",
        ["trois"] = "3", ["three"] = "3", ["quatre"] = "4", ["four"] = "4", ["cinq"] = "5", ["five"] = "5",
        ["six"] = "6", ["sept"] = "7", ["seven"] = "7", ["huit"] = "8", ["eight"] = "8", ["neuf"] = "9", ["nine"] = "9",
        ["dix"] = "10", ["ten"] = "10", ["onze"] = "11", ["eleven"] = "11", ["douze"] = "12", ["twelve"] = "12",
        ["douzaine"] = "12", ["dozen"] = "12", ["vingt"] = "20", ["twenty"] = "20", ["trente"] = "30", ["thirty"] = "30",
        ["cent"] = "100", ["hundred"] = "100", ["mille"] = "1000", ["thousand"] = "1000",
    };

    /// <summary>The canonical numbers the words of <paramref name="text"/> name.</summary>
    public static IReadOnlySet<string> In(string text) =>
        FactText.Words(text).Select(w => Values.GetValueOrDefault(w.Value)).OfType<string>().ToHashSet();
}
