using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GovernanceBot.Domain.Newsletter.Facts;

/// <summary>Word splitting and the accent- and case-blind form names are compared in.</summary>
internal static partial class FactText
{
    public static IEnumerable<Match> Words(string text) => WordPattern().Matches(text);

    /// <summary>Lower case, no accents, every run of non-alphanumerics one space, padded: " marie dupont ".</summary>
    public static string Folded(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length + 2).Append(' ');
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (builder[^1] != ' ') builder.Append(' ');
        }
        if (builder[^1] != ' ') builder.Append(' ');
        return builder.ToString();
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}]*(?:-\p{L}[\p{L}\p{Mn}]*)*")]
    private static partial Regex WordPattern();
}
