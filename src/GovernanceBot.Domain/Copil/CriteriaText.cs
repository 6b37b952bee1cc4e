using System.Globalization;
using System.Text;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Copil;

/// <summary>
/// Reads the Copil value criteria typed in chat, in French or English, in any order:
/// "roi élevé criticité moyenne alignement faible" / "roi high criticality medium alignment low".
/// A criterion not named keeps its current rating; "aucun" / "none" clears one.
/// </summary>
public static class CriteriaText
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["roi"] = nameof(CopilCriteria.Roi),
        ["criticite"] = nameof(CopilCriteria.BusinessCriticality),
        ["criticality"] = nameof(CopilCriteria.BusinessCriticality),
        ["alignement"] = nameof(CopilCriteria.StrategicAlignment),
        ["alignment"] = nameof(CopilCriteria.StrategicAlignment),
    };

    private static readonly Dictionary<string, Rating?> Ratings = new(StringComparer.Ordinal)
    {
        ["eleve"] = Rating.High, ["elevee"] = Rating.High, ["haut"] = Rating.High, ["haute"] = Rating.High, ["fort"] = Rating.High, ["forte"] = Rating.High, ["high"] = Rating.High,
        ["moyen"] = Rating.Medium, ["moyenne"] = Rating.Medium, ["medium"] = Rating.Medium,
        ["faible"] = Rating.Low, ["bas"] = Rating.Low, ["basse"] = Rating.Low, ["low"] = Rating.Low,
        ["aucun"] = null, ["aucune"] = null, ["none"] = null,
    };

    /// <summary>
    /// Applies the ratings named in <paramref name="text"/> to <paramref name="current"/>; null when the text names
    /// no criterion, names one without a rating, or holds a word it cannot read — nothing is half-applied.
    /// </summary>
    public static CopilCriteria? Apply(CopilCriteria current, string text)
    {
        var words = Words(text);
        if (words.Count == 0 || words.Count % 2 != 0) return null;
        var result = current;
        for (var i = 0; i < words.Count; i += 2)
        {
            if (!Names.TryGetValue(words[i], out var name) || !Ratings.TryGetValue(words[i + 1], out var rating)) return null;
            result = name switch
            {
                nameof(CopilCriteria.Roi) => result with { Roi = rating },
                nameof(CopilCriteria.BusinessCriticality) => result with { BusinessCriticality = rating },
                _ => result with { StrategicAlignment = rating },
            };
        }
        return result;
    }

    /// <summary>Lower case, accents off, punctuation as spaces; "métier"/"business" and "stratégique"/"strategic" are filler.</summary>
    private static List<string> Words(string text)
    {
        var plain = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        string[] filler = ["metier", "business", "strategique", "strategic", "de", "du", "la", "le", "et", "and", ":"];
        return [.. plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !filler.Contains(w))];
    }
}
