namespace GovernanceBot.Domain.Catalogue.Search.Bridge;

/// <summary>
/// One FreeDict article: "headword /ipa/ &lt;pos&gt;" then one line per sense ("1. a, b" or "a, b").
/// Keeps the headword and, per sense, its translations short enough to be search terms.
/// </summary>
public sealed record DictionaryArticle(string Headword, IReadOnlyList<IReadOnlyList<string>> Senses)
{
    /// <summary>Translations longer than this are explanations, not terms.</summary>
    private const int MaxTermWords = 3;

    public static DictionaryArticle? Parse(string article)
    {
        var lines = article.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Length < 2) return null;
        var headword = HeadwordOf(lines[0]);
        if (headword.Length == 0) return null;
        var senses = lines.Skip(1).Select(SenseTerms).Where(s => s.Count > 0).ToList();
        return senses.Count == 0 ? null : new DictionaryArticle(headword, senses);
    }

    /// <summary>Translations, the first of each sense before the second of any, at most <paramref name="max"/>.</summary>
    public IEnumerable<string> Translations(int max)
    {
        var taken = new List<string>();
        for (var rank = 0; taken.Count < max && Senses.Any(s => s.Count > rank); rank++)
        {
            foreach (var sense in Senses.Where(s => s.Count > rank))
            {
                if (taken.Count == max) break;
                if (!taken.Contains(sense[rank])) taken.Add(sense[rank]);
            }
        }
        return taken;
    }

    private static string HeadwordOf(string line)
    {
        var end = line.Length;
        foreach (var marker in new[] { " /", " <", " [" })
        {
            var at = line.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0 && at < end) end = at;
        }
        return line[..end].Trim();
    }

    private static List<string> SenseTerms(string line)
    {
        var text = line;
        var dot = text.IndexOf(". ", StringComparison.Ordinal);
        if (dot > 0 && text[..dot].All(char.IsDigit)) text = text[(dot + 2)..];
        text = WithoutBrackets(text);
        return text.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim('.', ' ', '!', '?'))
            .Where(t => t.Length > 1 && t.Split(' ').Length <= MaxTermWords && !t.Contains('/'))
            .ToList();
    }

    private static string WithoutBrackets(string text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '(' or '[' or '<') depth++;
            else if (c is ')' or ']' or '>') depth = Math.Max(0, depth - 1);
            else if (depth == 0) kept.Append(c);
        }
        return kept.ToString();
    }
}
