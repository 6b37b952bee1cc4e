using GovernanceBot.Domain.Catalogue.Search;

namespace GovernanceBot.Domain.Catalogue.Questions;

/// <summary>
/// Completes a question that leans on the previous one — "et qui en est le contact ?", "who owns it?",
/// "and in production?", "et pour la NASA ?" — from that turn's subject, filters and cited records. A
/// question that stands on its own (it has its own subject, or names a catalogue with its own filters)
/// is answered as asked, never mixed with the one before unless it opens with "and" / "et".
/// </summary>
public static class FollowUpResolver
{
    /// <summary>Words that point back at something already said. "en" counts only as a pronoun ("qui en est", "s'en occupe").</summary>
    private static readonly HashSet<string> Anaphors = new(StringComparer.Ordinal)
    {
        "it", "its", "itself", "they", "them", "their", "theirs", "this", "that", "these", "those", "he", "she", "him", "her", "his",
        "ca", "cela", "ceci", "celui-ci", "celle-ci", "ceux-ci", "celles-ci", "celui-la", "celle-la", "ceux-la", "celles-la",
        "lui", "leur", "leurs", "eux", "il", "elle", "ils", "elles", "son", "sa", "ses", "ce", "cet", "cette", "ces", "dessus",
    };

    /// <summary>Verbs after which "en" is a pronoun ("qui en est le propriétaire", "qui s'en occupe").</summary>
    private static readonly HashSet<string> AfterPronounEn = new(StringComparer.Ordinal)
    {
        "est", "sont", "a", "ont", "occupe", "occupent", "possede", "possedent", "gere", "gerent", "detient", "detiennent",
        "utilise", "utilisent", "produit", "produisent", "charge", "fait", "font",
    };

    /// <summary>Openings that continue the previous question ("and…", "et pour…", "what about…").</summary>
    private static readonly string[][] Continuations =
    [
        ["and"], ["et"], ["or"], ["ou"], ["also"], ["aussi"], ["what", "about"], ["how", "about"], ["same", "for"], ["same", "question"],
        ["quid"], ["pareil"], ["idem"], ["meme", "question"], ["meme", "chose"], ["then"], ["alors"],
    ];

    private static readonly HashSet<QuestionIntent> AboutRecords =
        [QuestionIntent.Owner, QuestionIntent.Contact, QuestionIntent.Producer, QuestionIntent.Consumers, QuestionIntent.Search];

    /// <param name="recent">The conversation's fresh turns, newest first (see <see cref="ConversationContext.Recent"/>).</param>
    public static FollowUp Resolve(CatalogueQuestion question, IReadOnlyList<ConversationTurn> recent, CatalogueSnapshot snapshot)
    {
        if (recent.Count == 0) return new FollowUp(question, null);
        var previous = recent[0];
        var words = TextFolding.Words(question.Text);
        var continues = Continuations.Any(opening => words.Take(opening.Length).SequenceEqual(opening));
        var refers = Refers(words);
        // Pronouns are not a subject, nor the verb "en" leans on ("qui s'en occupe" is about nothing new).
        var notSubject = words.Where((w, i) => Anaphors.Contains(w) || i > 0 && words[i - 1] == "en" && AfterPronounEn.Contains(w)).ToHashSet();
        var ownSubject = question.Subject.Where(g => !notSubject.Contains(g.Word)).ToList();
        var bare = ownSubject.Count == 0;
        var standsAlone = !bare
            || question.Kind is not null && (question.HasFilters || question.IntentWords.Contains(QuestionIntent.List) || question.IntentWords.Contains(QuestionIntent.Count));
        var leans = refers || question.IntentWords.Count > 0 || question.HasFilters || question.Kind is not null;

        if (!continues && (standsAlone || !leans)) return new FollowUp(question with { Subject = ownSubject.Count == question.Subject.Count ? question.Subject : ownSubject }, null);

        var organisation = question.Organisation ?? (previous.Organisation is { } name ? snapshot.Organisations.Find(OrganisationDirectory.FoldName(name)) : null);
        var merged = question with
        {
            Subject = bare ? previous.Subject : ownSubject,
            Kind = question.Kind ?? previous.Kind,
            Status = question.Status ?? previous.Status,
            PersonalData = question.PersonalData || previous.PersonalData,
            Sensitive = question.Sensitive || previous.Sensitive,
            Organisation = organisation,
        };
        var intent = question.IntentWords.Count > 0
            ? QuestionInterpreter.Decide(question.IntentWords, merged.Subject.Count > 0, merged.HasFilters)
            : previous.Intent;
        merged = merged with { Intent = intent };
        // "who owns it?" is about the records just cited, not about anything else the words could match.
        if (bare && refers && previous.Cited.Count > 0 && AboutRecords.Contains(intent)) merged = merged with { Among = previous.Cited };
        return new FollowUp(merged, previous);
    }

    /// <summary>True when the words point back at something: a pronoun or a demonstrative.</summary>
    public static bool Refers(IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (Anaphors.Contains(words[i])) return true;
            if (words[i] == "en" && (i == words.Count - 1 || AfterPronounEn.Contains(words[i + 1]))) return true;
        }
        return false;
    }
}
