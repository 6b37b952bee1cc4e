namespace GovernanceBot.Domain.Newsletter.Facts;

/// <summary>
/// Month names in French and English, to read dates written in words. English names only count capitalised,
/// so "may" and "march" as words are not months.
/// </summary>
internal static class MonthNames
{
    private static readonly (string Name, int Month)[] French =
    [
        ("janvier", 1), ("janv", 1), ("février", 2), ("fevrier", 2), ("févr", 2), ("fév", 2), ("mars", 3), ("avril", 4), ("avr", 4),
        ("mai", 5), ("juin", 6), ("juillet", 7), ("juil", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10), ("oct", 10),
        ("novembre", 11), ("nov", 11), ("décembre", 12), ("decembre", 12), ("déc", 12),
    ];

    private static readonly (string Name, int Month)[] English =
    [
        ("January", 1), ("Jan", 1), ("February", 2), ("Feb", 2), ("March", 3), ("Mar", 3), ("April", 4), ("Apr", 4), ("May", 5),
        ("June", 6), ("Jun", 6), ("July", 7), ("Jul", 7), ("August", 8), ("Aug", 8), ("September", 9), ("Sep", 9), ("October", 10),
        ("Oct", 10), ("November", 11), ("Nov", 11), ("December", 12), ("Dec", 12),
    ];

    /// <summary>Whether a name is a month on its own, without a day or year beside it (no abbreviations: "Jan" may be a person).</summary>
    private static bool IsFullName(string name) => name.Length > 4 || name is "mars" or "mai" or "juin" or "août" or "aout" or "May" or "June" or "July";

    /// <summary>A regex alternation matching any month name; longest first so "septembre" wins over "sept".</summary>
    public static string Pattern(bool fullNamesOnly)
    {
        var french = French.Select(m => m.Name).Where(n => !fullNamesOnly || IsFullName(n)).OrderByDescending(n => n.Length);
        var english = English.Select(m => m.Name).Where(n => !fullNamesOnly || IsFullName(n)).OrderByDescending(n => n.Length);
        return $"(?:{string.Join('|', french)}|(?-i:{string.Join('|', english)}))";
    }

    public static int Number(string name)
    {
        foreach (var (candidate, month) in English)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal)) return month;
        }
        foreach (var (candidate, month) in French)
        {
            if (string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase)) return month;
        }
        throw new ArgumentException($"'{name}' is not a month name.", nameof(name));
    }
}
