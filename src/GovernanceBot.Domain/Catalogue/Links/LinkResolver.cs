using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Domain.Catalogue.Search;
using GovernanceBot.Domain.Catalogue.Search.Bridge;

namespace GovernanceBot.Domain.Catalogue.Links;

/// <summary>
/// Finds the use case and the dataset a link command names. Ids and exact names are taken as they are; a
/// name holding every typed word is taken when it is the only one; otherwise the catalogue search proposes
/// candidates and the person chooses — the bot never guesses a record to change.
/// </summary>
/// <param name="search">Ids of the records of a kind the catalogue search finds for a text, best first.</param>
public sealed class LinkResolver(CatalogueSnapshot snapshot, Func<CatalogueKind, string, IReadOnlyList<string>> search)
{
    /// <summary>Candidates offered for one side, at most.</summary>
    public const int MaxCandidates = 5;

    /// <summary>Share of the typed words a search hit must cover to be offered.</summary>
    public const double MinCoverage = 0.5;

    private readonly RecordNames _useCases = new(snapshot, CatalogueKind.UseCases);
    private readonly RecordNames _datasets = new(snapshot, CatalogueKind.Datasets);
    private readonly Dictionary<(CatalogueKind, string), RecordMatch> _matches = [];

    /// <summary>The search function over an index (the bridge adds each word's translations).</summary>
    public static Func<CatalogueKind, string, IReadOnlyList<string>> SearchWith(Func<CatalogueSearchRequest, IReadOnlyList<CatalogueSearchHit>> index, TermBridge bridge) =>
        (kind, text) =>
        {
            var request = DatasetSuggestions.Request(text, bridge, MaxCandidates * 2) with { Kind = kind };
            if (request.Terms.Count == 0) return [];
            return [.. index(request).Where(h => h.Record.Kind == kind && h.Coverage >= MinCoverage).Select(h => h.Record.Id)];
        };

    public LinkResolution Resolve(string text)
    {
        var readings = LinkCommandText.Readings(text)
            .Select(r => (Reading: r, UseCase: Exact(CatalogueKind.UseCases, r.UseCase), Dataset: Exact(CatalogueKind.Datasets, r.Dataset)))
            .ToList();
        var resolved = readings.Where(r => r.UseCase.IsResolved && r.Dataset.IsResolved)
            .OrderBy(r => r.Reading.How == LinkCommandText.Boundary.Between)
            .ThenByDescending(r => Strength(r.UseCase) + Strength(r.Dataset))
            .ToList();
        if (resolved.Count > 0)
        {
            var best = resolved[0];
            // Two equally good readings naming different records: ask rather than pick one.
            var rival = resolved.Skip(1).FirstOrDefault(r =>
                (r.Reading.How == LinkCommandText.Boundary.Between) == (best.Reading.How == LinkCommandText.Boundary.Between)
                && Strength(r.UseCase) + Strength(r.Dataset) == Strength(best.UseCase) + Strength(best.Dataset)
                && (r.UseCase.Id != best.UseCase.Id || r.Dataset.Id != best.Dataset.Id));
            return rival.Reading is null
                ? new LinkResolution(LinkOutcome.Resolved, best.UseCase, best.Dataset, best.Reading.Role ?? DatasetRole.Consumes)
                : LinkResolution.Unclear;
        }
        // Nothing reads for sure: keep the most explicit reading, or one whose one side is an id or exact name.
        var chosen = readings.FirstOrDefault(r => r.Reading.How != LinkCommandText.Boundary.Between);
        if (chosen.Reading is null)
        {
            chosen = readings
                .Where(r => r.UseCase.IsResolved && r.UseCase.Strong || r.Dataset.IsResolved && r.Dataset.Strong)
                .OrderBy(r => r.UseCase.IsEmpty || r.Dataset.IsEmpty)
                .FirstOrDefault();
        }
        if (chosen.Reading is null) return LinkResolution.Unclear;
        var useCase = Complete(chosen.UseCase);
        var dataset = Complete(chosen.Dataset);
        var outcome = useCase.IsEmpty || dataset.IsEmpty ? LinkOutcome.NotFound : LinkOutcome.Choose;
        return new LinkResolution(outcome, useCase, dataset, chosen.Reading.Role ?? DatasetRole.Consumes);
    }

    /// <summary>One side alone (a choice card carries the other side's text): exact, else candidates from the search.</summary>
    public RecordMatch Side(CatalogueKind kind, string text) => Complete(Exact(kind, text));

    private RecordMatch Exact(CatalogueKind kind, string text)
    {
        if (_matches.TryGetValue((kind, text), out var match)) return match;
        match = (kind == CatalogueKind.UseCases ? _useCases : _datasets).Match(text);
        _matches[(kind, text)] = match;
        return match;
    }

    /// <summary>Adds what the search finds to a side that is not resolved: names holding the words first, then meaning.</summary>
    private RecordMatch Complete(RecordMatch match)
    {
        if (match.IsResolved || match.Text.Trim().Length == 0) return match;
        var candidates = match.CandidateIds.Concat(search(match.Kind, match.Text))
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxCandidates).ToList();
        return match with { CandidateIds = candidates, Exact = false };
    }

    private static int Strength(RecordMatch match) => match.Strong ? 2 : 1;
}
