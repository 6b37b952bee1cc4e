namespace GovernanceBot.Domain.Catalogue.Search.Bridge;

/// <summary>
/// Bridges French questions and English records (and the reverse) offline with a real bilingual
/// dictionary (FreeDict, see <see cref="DictdDictionary"/>): a question's word brings in its translations
/// in the other language. Built from dictionary articles in each direction; an article of the opposite
/// direction counts too, reversed, after the direct translations. Keys are folded (case and accents).
/// </summary>
public sealed class TermBridge
{
    /// <summary>Translations kept per word: the first senses are the common ones; later ones add noise.</summary>
    public const int MaxTranslations = 4;

    private readonly Dictionary<string, string[]> _toEnglish;
    private readonly Dictionary<string, string[]> _toFrench;

    private TermBridge(Dictionary<string, string[]> toEnglish, Dictionary<string, string[]> toFrench, string source)
    {
        _toEnglish = toEnglish;
        _toFrench = toFrench;
        Source = source;
        LongestPhraseWords = toEnglish.Keys.Concat(toFrench.Keys).Select(k => k.Split(' ').Length).DefaultIfEmpty(1).Max();
    }

    /// <summary>No dictionary: questions match records in their own language only.</summary>
    public static TermBridge None { get; } = new([], [], "none");

    /// <summary>Where the translations came from (for the start-up summary).</summary>
    public string Source { get; }

    public bool IsEnabled => _toEnglish.Count + _toFrench.Count > 0;

    /// <summary>Folded words or phrases with a translation, French side and English side.</summary>
    public int FrenchTerms => _toEnglish.Count;

    public int EnglishTerms => _toFrench.Count;

    /// <summary>Words in the longest headword, so the question scanner knows how far to look ahead.</summary>
    public int LongestPhraseWords { get; }

    public static TermBridge Build(IEnumerable<DictionaryArticle> frenchToEnglish, IEnumerable<DictionaryArticle> englishToFrench, string source)
    {
        var toEnglish = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var toFrench = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var reversedToFrench = new List<(string English, string French)>();
        var reversedToEnglish = new List<(string French, string English)>();
        foreach (var article in frenchToEnglish)
        {
            foreach (var english in article.Translations(MaxTranslations)) Add(toEnglish, article.Headword, english);
            foreach (var english in article.Translations(1)) reversedToFrench.Add((english, article.Headword));
        }
        foreach (var article in englishToFrench)
        {
            foreach (var french in article.Translations(MaxTranslations)) Add(toFrench, article.Headword, french);
            foreach (var french in article.Translations(1)) reversedToEnglish.Add((french, article.Headword));
        }
        foreach (var (french, english) in reversedToEnglish) Add(toEnglish, french, english);
        foreach (var (english, french) in reversedToFrench) Add(toFrench, english, french);
        // The bridge lives as long as the bot: one array and one string per distinct word keep it a few MB smaller.
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        return new TermBridge(Compact(toEnglish, words), Compact(toFrench, words), source);
    }

    public bool Contains(string foldedPhrase, Language from) => Map(from).ContainsKey(foldedPhrase);

    /// <summary>
    /// The other language's words for a folded word or phrase of <paramref name="from"/>; a French plural
    /// ("prévisions", "fiscaux") falls back to its singular when only that is a headword.
    /// </summary>
    public IReadOnlyList<string> Translate(string foldedPhrase, Language from)
    {
        var map = Map(from);
        foreach (var candidate in Forms(foldedPhrase, from))
        {
            // "public" translates to "public": known, and the lemma still helps "publique".
            if (map.TryGetValue(candidate, out var translations)) return translations.Where(t => t != foldedPhrase).ToList();
        }
        return [];
    }

    private Dictionary<string, string[]> Map(Language from) => from == Language.French ? _toEnglish : _toFrench;

    /// <summary>
    /// The word, then its singular, then (French) its masculine singular by the regular endings of the
    /// grammar (publique → public, active → actif, nationaux → national), since dictionaries list lemmas.
    /// </summary>
    private static IEnumerable<string> Forms(string word, Language language)
    {
        yield return word;
        if (word.Contains(' ') || word.Length < 4) yield break;
        var singular = word;
        if (language == Language.French && word.EndsWith("aux", StringComparison.Ordinal)) yield return word[..^3] + "al";
        if (word.EndsWith('s') || word.EndsWith('x')) yield return singular = word[..^1];
        if (language == Language.English)
        {
            if (word.EndsWith("ies", StringComparison.Ordinal)) yield return word[..^3] + "y";
            if (word.EndsWith("es", StringComparison.Ordinal)) yield return word[..^2];
            yield break;
        }
        foreach (var (feminine, masculine) in FeminineEndings)
        {
            if (singular.EndsWith(feminine, StringComparison.Ordinal) && singular.Length > feminine.Length + 2)
            {
                yield return singular[..^feminine.Length] + masculine;
            }
        }
    }

    /// <summary>French feminine adjective and noun endings and their masculine forms, most specific first.</summary>
    private static readonly (string Feminine, string Masculine)[] FeminineEndings =
    [
        ("ique", "ic"), ("que", "c"), ("ive", "if"), ("euse", "eux"), ("trice", "teur"), ("elle", "el"), ("enne", "en"),
        ("ere", "er"), ("ee", "e"), ("e", ""),
    ];

    private static Dictionary<string, string[]> Compact(Dictionary<string, List<string>> map, Dictionary<string, string> words)
    {
        var compact = new Dictionary<string, string[]>(map.Count, StringComparer.Ordinal);
        foreach (var (key, translations) in map)
            compact[Shared(key)] = [.. translations.Select(Shared)];
        return compact;

        string Shared(string word) => words.TryGetValue(word, out var known) ? known : words[word] = word;
    }

    private static void Add(Dictionary<string, List<string>> map, string headword, string translation)
    {
        var key = TextFolding.Fold(headword).Trim();
        var value = TextFolding.Fold(translation).Trim();
        if (key.Length == 0 || value.Length == 0) return;
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (list.Count < MaxTranslations + 2 && !list.Contains(value)) list.Add(value);
    }
}
