namespace GovernanceBot.Domain.Newsletter.Facts;

/// <summary>
/// Checks that a rewrite (an LLM's polish) kept every name, number, date, identifier and link of the original
/// and brought in none of its own. Deliberately lenient on form — "12 000" for "12000", "12 mars 2026" for
/// "12/03/2026", "trois" for "3", a name's case or accents, a date losing its year — and strict on substance.
/// </summary>
public static class FactCheck
{
    public static FactCheckResult Compare(string original, string rewrite, Language language)
    {
        var before = FactExtractor.Extract(original, language);
        var after = FactExtractor.Extract(rewrite, language);
        var foldedOriginal = FactText.Folded(FactExtractor.WithoutLinks(original));
        var foldedRewrite = FactText.Folded(FactExtractor.WithoutLinks(rewrite));
        var wordsInOriginal = NumberWords.In(original);
        var wordsInRewrite = NumberWords.In(rewrite);

        var missing = before
            .Where(fact => !Kept(fact, after, foldedRewrite, wordsInRewrite, original: true))
            .DistinctBy(fact => (fact.Kind, fact.Key))
            .ToList();
        var added = after
            .Where(fact => !Kept(fact, before, foldedOriginal, wordsInOriginal, original: false))
            .DistinctBy(fact => (fact.Kind, fact.Key))
            .ToList();
        return new FactCheckResult(missing, added);
    }

    /// <summary>Whether <paramref name="fact"/> from one text is still said by the other (its facts, folded text and number words).</summary>
    private static bool Kept(TextFact fact, IReadOnlyList<TextFact> other, string otherFolded, IReadOnlySet<string> otherNumberWords, bool original) =>
        fact.Kind switch
        {
            FactKind.Name => otherFolded.Contains($" {fact.Key} ", StringComparison.Ordinal),
            FactKind.Number => other.Any(f => f.Kind == FactKind.Number && f.Key == fact.Key) || otherNumberWords.Contains(fact.Key),
            FactKind.Date => other.Any(f => f.Kind == FactKind.Date && (original ? SameDate(fact.Key, f.Key) : SameDate(f.Key, fact.Key))),
            _ => other.Any(f => f.Kind == fact.Kind && f.Key == fact.Key),
        };

    /// <summary>Same day and month; the rewrite may leave out the year but not give another one.</summary>
    private static bool SameDate(string originalKey, string rewriteKey)
    {
        var a = FactExtractor.DateParts(originalKey);
        var b = FactExtractor.DateParts(rewriteKey);
        return a.Month == b.Month && a.Day == b.Day && (a.Year == b.Year || b.Year == "?");
    }
}
