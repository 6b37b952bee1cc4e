using System.Globalization;
using System.Text;

namespace GovernanceBot.Domain.Catalogue.Search;

/// <summary>Case and accent folding shared by question parsing and lookups ("Données" = "donnees").</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        // Plain ASCII has no accents or typographic quotes to fold: lower case is all (most record text).
        if (Ascii.IsValid(text)) return text.ToLowerInvariant();
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(c switch
            {
                '’' or '‘' or 'ʼ' => '\'',
                'œ' => 'o',
                'æ' => 'a',
                _ => char.ToLowerInvariant(c),
            });
        }
        return builder.ToString().Replace("œ", "oe", StringComparison.Ordinal);
    }

    /// <summary>Folded words of <paramref name="text"/>: letters and digits, French elisions (l', d', qu') split off.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Fold(text))
        {
            if (char.IsLetterOrDigit(c) || c == '-' && current.Length > 0)
            {
                current.Append(c);
                continue;
            }
            if (c == '\'' && current.Length is > 0 and <= 3)
            {
                // "l'attrition" → "attrition": the elided article is dropped.
                current.Clear();
                continue;
            }
            Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            var word = current.ToString().Trim('-');
            if (word.Length > 0) words.Add(word);
            current.Clear();
        }
    }
}
