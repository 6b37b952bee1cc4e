using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GovernanceBot.Domain.Newsletter.Facts;

/// <summary>
/// Finds the facts of a text a rewrite must keep: links and e-mail addresses, dates (in figures or words, French
/// or English), identifiers ("UC-2026-0042", "Q4"), numbers (in either language's separators) and proper names
/// (capitalised words that do not merely start a sentence, and acronyms). Each kind is masked once read so a
/// date's figures are not read again as numbers.
/// </summary>
public static partial class FactExtractor
{
    private const char Mask = '#';

    public static IReadOnlyList<TextFact> Extract(string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var facts = new List<TextFact>();
        var buffer = new StringBuilder(text);
        Take(buffer, LinkPattern(), m => new TextFact(FactKind.Link, m.Value, m.Value.ToLowerInvariant()), facts);
        Take(buffer, IsoDatePattern(), m => DateFact(m, m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value), facts);
        Take(buffer, NumericDatePattern(), NumericDate, facts);
        Take(buffer, DayMonthPattern, m => DateFact(m, m.Groups["y"].Value, Month(m), m.Groups["d"].Value), facts);
        Take(buffer, MonthDayPattern, m => DateFact(m, m.Groups["y"].Value, Month(m), m.Groups["d"].Value), facts);
        Take(buffer, MonthYearPattern, m => DateFact(m, m.Groups["y"].Value, Month(m), ""), facts);
        Take(buffer, MonthAlonePattern, m => DateFact(m, "", Month(m), ""), facts);
        Take(buffer, IdentifierPattern(), m => new TextFact(FactKind.Identifier, m.Value, m.Value.ToUpperInvariant()), facts);
        Take(buffer, NumberPattern(), m => new TextFact(FactKind.Number, m.Value, CanonicalNumber(m.Value, language)), facts);
        facts.AddRange(Names(buffer.ToString()));
        return facts;
    }

    /// <summary>A date's key: "year-month-day" with "?" for a part the text does not give.</summary>
    internal static (string Year, string Month, string Day) DateParts(string key)
    {
        var parts = key.Split('-');
        return (parts[0], parts[1], parts[2]);
    }

    private static void Take(StringBuilder buffer, Regex pattern, Func<Match, TextFact?> read, List<TextFact> facts)
    {
        foreach (Match match in pattern.Matches(buffer.ToString()))
        {
            if (read(match) is not { } fact) continue;
            facts.Add(fact);
            for (var i = match.Index; i < match.Index + match.Length; i++) buffer[i] = Mask;
        }
    }

    private static TextFact? DateFact(Match match, string year, string month, string day)
    {
        var y = year.Length == 0 ? "?" : year.Length == 2 ? "20" + year : year;
        if (!int.TryParse(month, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12) return null;
        var d = "?";
        if (day.Length > 0)
        {
            if (!int.TryParse(day, CultureInfo.InvariantCulture, out var dayNumber) || dayNumber is < 1 or > 31) return null;
            d = dayNumber.ToString("D2", CultureInfo.InvariantCulture);
        }
        return new TextFact(FactKind.Date, match.Value.Trim(), $"{y}-{m:D2}-{d}");
    }

    /// <summary>Day first, as written in France and the UK; month first only when the day cannot be a month.</summary>
    private static TextFact? NumericDate(Match match)
    {
        var first = match.Groups["a"].Value;
        var second = match.Groups["b"].Value;
        var swap = int.Parse(second, CultureInfo.InvariantCulture) > 12 && int.Parse(first, CultureInfo.InvariantCulture) <= 12;
        return swap ? DateFact(match, match.Groups["y"].Value, first, second) : DateFact(match, match.Groups["y"].Value, second, first);
    }

    private static string Month(Match match) => MonthNames.Number(match.Groups["month"].Value).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// "12 000", "12,5", "1,234.5" → one invariant value. A lone separator before exactly three digits groups
    /// thousands in the text's language (the comma in English, the point in French); any other is decimal.
    /// </summary>
    internal static string CanonicalNumber(string written, Language language)
    {
        var digits = SpaceGroups().Replace(written, "");
        var lastComma = digits.LastIndexOf(',');
        var lastPoint = digits.LastIndexOf('.');
        string invariant;
        if (lastComma >= 0 && lastPoint >= 0)
        {
            var decimalMark = lastComma > lastPoint ? ',' : '.';
            var groupMark = decimalMark == ',' ? '.' : ',';
            invariant = digits.Replace(groupMark.ToString(), "").Replace(decimalMark, '.');
        }
        else if (lastComma >= 0 || lastPoint >= 0)
        {
            var mark = lastComma >= 0 ? ',' : '.';
            var count = digits.Count(c => c == mark);
            var tail = digits.Length - digits.LastIndexOf(mark) - 1;
            var groupMarkOfLanguage = language == Language.English ? ',' : '.';
            var grouping = count > 1 || (tail == 3 && mark == groupMarkOfLanguage);
            invariant = grouping ? digits.Replace(mark.ToString(), "") : digits.Replace(mark, '.');
        }
        else
        {
            invariant = digits;
        }
        return decimal.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value.ToString("0.############################", CultureInfo.InvariantCulture)
            : invariant;
    }

    /// <summary>
    /// Runs of capitalised words. A capital that only starts a sentence says nothing, so a run at a sentence
    /// start loses its first word; words with a capital inside (acronyms, "MLOps") are names wherever they stand.
    /// </summary>
    private static IEnumerable<TextFact> Names(string masked)
    {
        var run = new List<Match>();
        var runAtSentenceStart = false;
        foreach (var word in FactText.Words(masked))
        {
            var capitalised = char.IsUpper(word.Value[0]);
            var joins = run.Count > 0 && OnlySpacesBetween(masked, run[^1], word);
            if (!capitalised || !joins)
            {
                if (NameOf(run, runAtSentenceStart) is { } name) yield return name;
                run.Clear();
            }
            if (!capitalised) continue;
            if (run.Count == 0) runAtSentenceStart = StartsSentence(masked, word.Index);
            run.Add(word);
        }
        if (NameOf(run, runAtSentenceStart) is { } last) yield return last;
    }

    private static TextFact? NameOf(List<Match> run, bool atSentenceStart)
    {
        if (run.Count == 0) return null;
        var words = atSentenceStart && !HasInnerCapital(run[0].Value) && (run.Count == 1 || SentenceOpeners.Contains(run[0].Value)) ? run.Skip(1).ToList() : run;
        if (words.Count == 0) return null;
        var text = string.Join(' ', words.Select(w => w.Value));
        if (words.Count == 1 && words[0].Value.Length == 1) return null;
        return new TextFact(FactKind.Name, text, FactText.Folded(text).Trim());
    }

    /// <summary>Words that, capitalised at a sentence start, open the sentence rather than a name ("Le Hub Retail").</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "ce", "cet", "cette", "ces", "notre", "nos", "votre", "vos", "en", "pour",
        "avec", "chez", "au", "aux", "dans", "par", "sur", "et", "bravo", "merci", "félicitations", "contact", "contactez",
        "the", "a", "an", "this", "these", "our", "your", "in", "on", "for", "with", "at", "by", "and", "thanks", "congratulations", "contact",
    };

    private static bool HasInnerCapital(string word) => word.Skip(1).Any(char.IsUpper);

    private static bool OnlySpacesBetween(string text, Match before, Match after)
    {
        var gap = text.AsSpan(before.Index + before.Length, after.Index - before.Index - before.Length);
        return gap.Length > 0 && gap.Length <= 2 && gap.Trim(" \u00A0\u202F").IsEmpty;
    }

    private static bool StartsSentence(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c is ' ' or '\t' or '\u00A0' or '\u202F' or '«' or '"' or '“' or '(' or '[' or '\'' or '’') continue;
            return c is '.' or '!' or '?' or ':' or ';' or '\n' or '\r' or '•' or '*' or '-' or '–' or '—' or '…';
        }
        return true;
    }

    /// <summary>The text without its links, so the words of an address ("marie.dupont@…") do not pass for a name.</summary>
    internal static string WithoutLinks(string text) => LinkPattern().Replace(text, " ");

    [GeneratedRegex(@"https?://[^\s<>""«»]+[^\s<>""«».,;:!?)\]]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?!\d)")]
    private static partial Regex IsoDatePattern();

    [GeneratedRegex(@"(?<!\d)(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<y>\d{4}|\d{2})(?!\d)")]
    private static partial Regex NumericDatePattern();

    private static readonly Regex DayMonthPattern = new(
        $@"(?<!\d)(?<d>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:of\s+)?(?<month>{MonthNames.Pattern(false)})\.?(?![\p{{L}}])(?:,?\s+(?<y>\d{{4}})(?!\d))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex MonthDayPattern = new(
        $@"(?<![\p{{L}}])(?<month>{MonthNames.Pattern(false)})\.?\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?<y>\d{{4}})(?!\d))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex MonthYearPattern = new(
        $@"(?<![\p{{L}}])(?<month>{MonthNames.Pattern(false)})\.?\s+(?<y>\d{{4}})(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex MonthAlonePattern = new(
        $@"(?<![\p{{L}}])(?<month>{MonthNames.Pattern(true)})(?![\p{{L}}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Letters and figures in one token with at least one capital: "UC-2026-0042", "Q4", "GPT-4".</summary>
    [GeneratedRegex(@"(?<![\p{L}\d-])(?=[\p{L}\d-]*\d)(?=[\p{L}\d-]*\p{Lu})[\p{L}\d]+(?:-[\p{L}\d]+)*(?![\p{L}\d-])")]
    private static partial Regex IdentifierPattern();

    [GeneratedRegex(@"(?<![\d.,])(?:\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)(?![\d])")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"[ \u00A0\u202F]")]
    private static partial Regex SpaceGroups();
}
