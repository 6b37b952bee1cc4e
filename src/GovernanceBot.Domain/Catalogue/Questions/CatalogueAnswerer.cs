using GovernanceBot.Domain.Catalogue.Search;

namespace GovernanceBot.Domain.Catalogue.Questions;

/// <summary>
/// Answers a question from the catalogues only. Filters (status, organisation, personal data) are
/// applied exactly to the records; the subject is searched; a record is used only if it covers enough
/// of the question. Every answer carries the records it rests on, or says nothing matched and who to ask.
/// </summary>
public sealed class CatalogueAnswerer(ICatalogueSearchIndex index, CatalogueAnswerOptions options)
{
    /// <summary>Hits fetched before re-ranking by coverage, so a full match ranked low by BM25 is not missed.</summary>
    private const int RerankDepth = 30;

    public CatalogueAnswerOptions Options => options;

    public CatalogueAnswer Answer(CatalogueQuestion question, CatalogueSnapshot snapshot) => question.Intent switch
    {
        QuestionIntent.List or QuestionIntent.Count => ListOrCount(question, snapshot),
        QuestionIntent.Owner => Owner(question, snapshot),
        QuestionIntent.Producer => Owner(question with { Kind = CatalogueKind.Datasets }, snapshot),
        QuestionIntent.Consumers => Consumers(question, snapshot),
        QuestionIntent.Contact => Contact(question, snapshot),
        _ => Matches(question, snapshot),
    };

    private CatalogueAnswer ListOrCount(CatalogueQuestion question, CatalogueSnapshot snapshot)
    {
        var kind = question.Intent == QuestionIntent.Count ? AnswerKind.Count : AnswerKind.List;
        List<CitedRecord> records;
        if (question.Subject.Count == 0)
        {
            records = Filtered(question, snapshot).OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ToList();
        }
        else
        {
            records = Search(question, snapshot, question.Kind, options.SearchDepth, singleAnswer: false)
                .Select(hit => Cite(hit, snapshot)).OfType<CitedRecord>().ToList();
        }
        if (records.Count == 0) return NotFound(question, snapshot);
        return new CatalogueAnswer(question, kind, records.Take(options.ListSize).ToList()) { Total = records.Count };
    }

    private CatalogueAnswer Owner(CatalogueQuestion question, CatalogueSnapshot snapshot)
    {
        if (question.Kind != CatalogueKind.UseCases && Best(question, snapshot, CatalogueKind.Datasets) is { Dataset: { } dataset } cited)
        {
            return new CatalogueAnswer(question, AnswerKind.Owner, [cited]) { Total = 1, Related = DatasetLinks.For(dataset, snapshot) };
        }
        return Contact(question with { Kind = CatalogueKind.UseCases }, snapshot);
    }

    private CatalogueAnswer Consumers(CatalogueQuestion question, CatalogueSnapshot snapshot)
    {
        if (Best(question, snapshot, CatalogueKind.Datasets) is { Dataset: { } dataset } cited)
        {
            return new CatalogueAnswer(question, AnswerKind.Consumers, [cited]) { Total = 1, Related = DatasetLinks.For(dataset, snapshot, max: 10) };
        }
        // No dataset by that name: the use cases that describe such data are the next best answer.
        return Matches(question with { Kind = CatalogueKind.UseCases }, snapshot);
    }

    private CatalogueAnswer Contact(CatalogueQuestion question, CatalogueSnapshot snapshot)
    {
        var hits = Search(question, snapshot, question.Kind, 3).Select(hit => Cite(hit, snapshot)).OfType<CitedRecord>().ToList();
        return hits.Count == 0 ? NotFound(question, snapshot) : new CatalogueAnswer(question, AnswerKind.Contact, hits) { Total = hits.Count };
    }

    private CatalogueAnswer Matches(CatalogueQuestion question, CatalogueSnapshot snapshot)
    {
        if (question.Subject.Count == 0) return question.HasFilters ? ListOrCount(question, snapshot) : NotFound(question, snapshot);
        var hits = Search(question, snapshot, question.Kind, 5).Select(hit => Cite(hit, snapshot)).OfType<CitedRecord>().ToList();
        return hits.Count == 0 ? NotFound(question, snapshot) : new CatalogueAnswer(question, AnswerKind.Matches, hits) { Total = hits.Count };
    }

    private CitedRecord? Best(CatalogueQuestion question, CatalogueSnapshot snapshot, CatalogueKind kind) =>
        Search(question, snapshot, kind, 1).Select(hit => Cite(hit, snapshot)).FirstOrDefault();

    /// <summary>Searches the subject among the records the filters allow; keeps hits that cover enough of it.</summary>
    private IEnumerable<CatalogueSearchHit> Search(CatalogueQuestion question, CatalogueSnapshot snapshot, CatalogueKind? kind, int top, bool singleAnswer = true)
    {
        if (question.Subject.Count == 0) return [];
        var request = new CatalogueSearchRequest(question.Subject, Math.Max(top, RerankDepth))
        {
            Kind = kind,
            Among = question.HasFilters ? Filtered(question with { Kind = kind }, snapshot).Select(r => r.Ref).ToList() : question.Among,
        };
        // A record matching every word of the question beats one matching a single word many times:
        // rank by coverage first (in steps, so near-equal coverage falls back to the engine's score).
        var ranked = index.Search(request)
            .OrderByDescending(hit => Math.Round(hit.Coverage * 10))
            .ThenByDescending(hit => hit.Score)
            .ToList();
        var covering = ranked.Where(hit => hit.Coverage >= options.MinCoverage).Take(top).ToList();
        if (covering.Count > 0 || !singleAnswer) return covering;
        return Leader(ranked) is { } leader ? [leader] : [];
    }

    /// <summary>
    /// When nothing covers enough of the question, a record that covers nearly enough and clearly more than
    /// any other is still the one meant (a paraphrase, a word the dictionary lacks): it alone is the answer.
    /// Lists and counts never take it, so they stay exact.
    /// </summary>
    private CatalogueSearchHit? Leader(List<CatalogueSearchHit> ranked)
    {
        var best = ranked.MaxBy(hit => hit.Coverage);
        if (best is null || best.Coverage < options.MinCoverage - options.LeaderAllowance) return null;
        var runnerUp = ranked.Where(hit => !ReferenceEquals(hit, best)).Select(hit => hit.Coverage).DefaultIfEmpty(0).Max();
        return best.Coverage - runnerUp >= options.LeaderMargin ? best : null;
    }

    /// <summary>The records the question's exact filters select, in the catalogue(s) it is about.</summary>
    private static IEnumerable<CitedRecord> Filtered(CatalogueQuestion question, CatalogueSnapshot snapshot)
    {
        // Status is a use case notion, hubs belong to use cases: such questions are about use cases.
        var wantsUseCases = question.Kind != CatalogueKind.Datasets;
        var wantsDatasets = question.Kind != CatalogueKind.UseCases && question.Status is null
            && question.Organisation?.Scope != OrganisationScope.Hub;
        var useCases = wantsUseCases
            ? snapshot.UseCases.Where(u =>
                (question.Status is null || u.Status == question.Status)
                && (!question.PersonalData && !question.Sensitive || u.UsesPersonalData == true)
                && (question.Organisation is null || question.Organisation.Matches(u)))
                .Select(u => CitedRecord.Of(u))
            : [];
        var datasets = wantsDatasets
            ? snapshot.Datasets.Where(d =>
                (!question.PersonalData || d.ContainsPersonalData == true)
                && (!question.Sensitive || d.IsSensitive)
                && (question.Organisation is null || question.Organisation.Matches(d)))
                .Select(d => CitedRecord.Of(d))
            : [];
        var selected = useCases.Concat(datasets);
        if (question.Among is { } among)
        {
            // A follow-up about the previous answer's records: only those.
            var allowed = among.ToHashSet();
            selected = selected.Where(r => allowed.Contains(r.Ref));
        }
        return selected;
    }

    private static CitedRecord? Cite(CatalogueSearchHit hit, CatalogueSnapshot snapshot) => hit.Record.Kind switch
    {
        CatalogueKind.UseCases when snapshot.FindUseCase(hit.Record.Id) is { } useCase => CitedRecord.Of(useCase, hit.MatchedWords),
        CatalogueKind.Datasets when snapshot.FindDataset(hit.Record.Id) is { } dataset => CitedRecord.Of(dataset, hit.MatchedWords),
        _ => null,
    };

    private CatalogueAnswer NotFound(CatalogueQuestion question, CatalogueSnapshot snapshot)
    {
        var contact = question.Organisation is { } organisation ? OrganisationContact(organisation, snapshot) : null;
        return new CatalogueAnswer(question, AnswerKind.NotFound, []) { AskInstead = contact ?? options.CentralTeamContact };
    }

    /// <summary>The address an organisation's records give most often: its AI or data mailbox, usually.</summary>
    private static string? OrganisationContact(OrganisationAlias organisation, CatalogueSnapshot snapshot) =>
        snapshot.UseCases.Where(organisation.Matches).Select(u => u.ContactEmail)
            .Concat(snapshot.Datasets.Where(organisation.Matches).Select(d => d.StewardEmail))
            .Where(email => email.Contains('@'))
            .GroupBy(email => email, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
}
