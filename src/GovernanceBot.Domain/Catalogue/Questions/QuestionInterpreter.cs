using GovernanceBot.Domain.Catalogue.Search;
using GovernanceBot.Domain.Catalogue.Search.Bridge;

namespace GovernanceBot.Domain.Catalogue.Questions;

/// <summary>
/// Understands a question without a language model: finds, longest phrase first, the words that carry
/// intent ("who owns", "combien"), catalogue ("jeu de données"), filters ("en production", "personal
/// data", an organisation or hub the catalogues know) and keeps the rest as the subject, expanded with
/// its translations in the other language from the <see cref="TermBridge"/> (a real bilingual dictionary).
/// </summary>
public sealed class QuestionInterpreter(TermBridge bridge)
{
    private static readonly HashSet<string> FrenchMarkers = new(StringComparer.Ordinal)
    {
        "qui", "quel", "quels", "quelle", "quelles", "est", "sont", "les", "des", "du", "donnees", "cas", "usage", "combien", "contacter",
        "je", "dois", "jeu", "jeux", "une", "pour", "sur", "avec", "dans", "ou", "le", "la", "de", "et", "utilisent", "utilise", "qu",
    };

    private static readonly HashSet<string> EnglishMarkers = new(StringComparer.Ordinal)
    {
        "who", "which", "what", "is", "are", "the", "of", "does", "do", "how", "many", "use", "cases", "dataset", "datasets", "should",
        "i", "for", "with", "in", "where", "about", "owns", "data", "uses", "and", "any", "there",
    };

    public CatalogueQuestion Interpret(string text, CatalogueSnapshot snapshot, Language fallback)
    {
        var words = TextFolding.Words(text);
        var intents = new HashSet<QuestionIntent>();
        CatalogueKind? kind = null;
        UseCaseStatus? status = null;
        var personal = false;
        var sensitive = false;
        OrganisationAlias? organisation = null;
        var rest = new List<string>();

        var longest = new[]
        {
            QuestionVocabulary.Intents.LongestWords, QuestionVocabulary.Kinds.LongestWords, QuestionVocabulary.Statuses.LongestWords,
            QuestionVocabulary.PersonalData.LongestWords, QuestionVocabulary.Sensitive.LongestWords, snapshot.Organisations.LongestAliasWords,
        }.Max();

        for (var i = 0; i < words.Count;)
        {
            var consumed = 0;
            for (var length = Math.Min(longest, words.Count - i); length >= 1 && consumed == 0; length--)
            {
                var phrase = string.Join(' ', words.Skip(i).Take(length));
                if (QuestionVocabulary.PersonalData.TryFind(phrase, out _)) personal = true;
                else if (QuestionVocabulary.Sensitive.TryFind(phrase, out _)) sensitive = true;
                else if (QuestionVocabulary.Statuses.TryFind(phrase, out var s)) status = s;
                else if (QuestionVocabulary.Kinds.TryFind(phrase, out var k)) kind ??= k;
                else if (QuestionVocabulary.Intents.TryFind(phrase, out var intent)) intents.Add(intent);
                else if (IsOrganisation(phrase, length, snapshot) is { } alias) organisation ??= alias;
                else continue;
                consumed = length;
            }
            if (consumed == 0)
            {
                rest.Add(words[i]);
                consumed = 1;
            }
            i += consumed;
        }

        var language = DetectLanguage(text, words, fallback);
        var subject = Subject(rest.Where(w => !QuestionVocabulary.StopWords.Contains(w) && !IsNoise(w)).ToList(), language);
        var hasFilters = status is not null || personal || sensitive || organisation is not null;
        var intentFound = Decide(intents, subject.Count > 0, hasFilters);
        if (intentFound is QuestionIntent.Consumers && kind is null) kind = CatalogueKind.UseCases;
        if (status is not null && kind is null) kind = CatalogueKind.UseCases;

        return new CatalogueQuestion
        {
            Text = text,
            Language = language,
            Intent = intentFound,
            Kind = kind,
            Status = status,
            PersonalData = personal,
            Sensitive = sensitive,
            Organisation = organisation,
            Subject = subject,
            IntentWords = intents,
        };
    }

    /// <summary>The intent a question's intent words mean, given whether it has a subject and filters.</summary>
    public static QuestionIntent Decide(IReadOnlySet<QuestionIntent> intents, bool hasSubject, bool hasFilters) => Decide(intents.ToHashSet(), hasSubject, hasFilters);

    private static QuestionIntent Decide(HashSet<QuestionIntent> intents, bool hasSubject, bool hasFilters)
    {
        if (intents.Contains(QuestionIntent.Count)) return QuestionIntent.Count;
        if (intents.Contains(QuestionIntent.Producer) && hasSubject) return QuestionIntent.Producer;
        if (intents.Contains(QuestionIntent.Owner) && hasSubject) return QuestionIntent.Owner;
        if (intents.Contains(QuestionIntent.Contact) && hasSubject) return QuestionIntent.Contact;
        if (intents.Contains(QuestionIntent.Consumers) && hasSubject) return QuestionIntent.Consumers;
        if (hasFilters && (!hasSubject || intents.Contains(QuestionIntent.List) || intents.Contains(QuestionIntent.Consumers))) return QuestionIntent.List;
        if (intents.Contains(QuestionIntent.List) && !hasSubject) return QuestionIntent.List;
        return QuestionIntent.Search;
    }

    /// <summary>
    /// An organisation or hub named in the question. Short codes ("DHS", "CBP") match as typed; two-word
    /// and longer names match whole.
    /// </summary>
    private static OrganisationAlias? IsOrganisation(string phrase, int length, CatalogueSnapshot snapshot) =>
        length == 1 && phrase.Length < 3 ? null : snapshot.Organisations.Find(phrase);

    /// <summary>Groups the subject's words, longest dictionary phrase first, each with its translations.</summary>
    private List<QueryTermGroup> Subject(List<string> words, Language language)
    {
        var groups = new List<QueryTermGroup>();
        for (var i = 0; i < words.Count;)
        {
            var taken = 1;
            for (var length = Math.Min(bridge.LongestPhraseWords, words.Count - i); length >= 2; length--)
            {
                var phrase = string.Join(' ', words.Skip(i).Take(length));
                if (!bridge.Contains(phrase, language)) continue;
                groups.Add(new QueryTermGroup(phrase, bridge.Translate(phrase, language)));
                taken = length;
                break;
            }
            if (taken == 1) groups.Add(new QueryTermGroup(words[i], bridge.Translate(words[i], language)));
            i += taken;
        }
        return groups.DistinctBy(g => g.Word).ToList();
    }

    private static bool IsNoise(string word) => word.Length < 2 && !char.IsDigit(word[0]);

    private static Language DetectLanguage(string text, IReadOnlyList<string> words, Language fallback)
    {
        var french = words.Count(FrenchMarkers.Contains) + text.Count(c => "éèêàùçôîâ".Contains(char.ToLowerInvariant(c))) + text.Count(c => c == '\'') / 2;
        var english = words.Count(EnglishMarkers.Contains);
        return french == english ? fallback : french > english ? Language.French : Language.English;
    }
}
