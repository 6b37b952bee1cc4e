namespace GovernanceBot.Domain.Catalogue.Importing;

/// <summary>Yes/no cells in English or French.</summary>
internal static class Flags
{
    private static readonly HashSet<string> Yes = new(StringComparer.OrdinalIgnoreCase) { "yes", "y", "true", "1", "oui", "o", "vrai", "x" };
    private static readonly HashSet<string> No = new(StringComparer.OrdinalIgnoreCase) { "no", "n", "false", "0", "non", "faux" };

    /// <summary>True/false, null when empty; <paramref name="valid"/> is false for any other text.</summary>
    public static bool? Parse(string text, out bool valid)
    {
        valid = true;
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (Yes.Contains(text.Trim())) return true;
        if (No.Contains(text.Trim())) return false;
        valid = false;
        return null;
    }
}
