using System.Globalization;
using System.Text;

namespace GovernanceBot.Hubs;

/// <summary>Derives a hub's id from its name: lower case, no accents, words joined by dashes ("Banque de détail" → "banque-de-detail").</summary>
public static class HubIds
{
    /// <summary>The longest id a hub may have; it also bounds the ids looked up, so a forged huge one never reaches storage.</summary>
    public const int MaxLength = 64;

    public static string FromName(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }
}
