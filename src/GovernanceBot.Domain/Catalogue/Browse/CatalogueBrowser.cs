using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Domain.Catalogue.Search;

namespace GovernanceBot.Domain.Catalogue.Browse;

/// <summary>
/// Browses the catalogues: the records the words match (all of them without words, by name), narrowed
/// by exact filters, one page at a time, with the values each filter can take. Filter values no record
/// holds and pages that do not exist are corrected and reported, never thrown.
/// </summary>
public sealed class CatalogueBrowser(ICatalogueSearchIndex index, BrowseOptions options)
{
    public BrowseOptions Options => options;

    /// <param name="terms">The words' meaningful terms with their translations (empty: browse everything).</param>
    public BrowseResult Browse(BrowseRequest request, IReadOnlyList<QueryTermGroup> terms, CatalogueSnapshot snapshot)
    {
        var problems = new List<BrowseProblem>();
        var filters = Known(request.Filters, snapshot, problems);

        var capped = false;
        IReadOnlyList<CitedRecord> matched;
        IReadOnlyList<CitedRecord> results;
        if (terms.Count == 0)
        {
            matched = BrowseFields.All(snapshot).OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Ref.Id, StringComparer.Ordinal).ToList();
            results = matched.Where(r => Matches(r, filters)).ToList();
        }
        else
        {
            matched = Search(terms, null, snapshot, out capped);
            // With filters, search again among the records they select: a match ranked beyond the depth
            // of the unfiltered search must not be lost.
            results = filters.IsEmpty ? matched
                : Search(terms, BrowseFields.All(snapshot).Where(r => Matches(r, filters)).Select(r => r.Ref).ToList(), snapshot, out capped)
                    .Where(r => Matches(r, filters)).ToList();
        }

        var pageCount = Math.Max(1, (results.Count + options.PageSize - 1) / options.PageSize);
        var page = request.Page;
        if (page < 1)
        {
            problems.Add(new BrowseProblem(BrowseProblemKind.PageBeforeStart, page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            page = 1;
        }
        else if (page > pageCount)
        {
            problems.Add(new BrowseProblem(BrowseProblemKind.PageBeyondEnd, page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            page = pageCount;
        }
        var items = results.Skip((page - 1) * options.PageSize).Take(options.PageSize).ToList();
        return new BrowseResult(request with { Filters = filters, Page = page }, items, results.Count, pageCount, Facets(matched, filters), problems)
        {
            Capped = capped,
        };
    }

    /// <summary>True when <paramref name="record"/> passes every filter set.</summary>
    public static bool Matches(CitedRecord record, BrowseFilters filters) =>
        (filters.Kind is null || record.Ref.Kind == filters.Kind)
        && (filters.Organisation is null || Same(BrowseFields.Organisation(record), filters.Organisation))
        && (filters.Hub is null || Same(BrowseFields.Hub(record), filters.Hub))
        && (filters.Status is null || BrowseFields.Status(record) == filters.Status)
        && (filters.Theme is null || BrowseFields.Themes(record).Any(t => Same(t, filters.Theme)))
        && (filters.Data is null || BrowseFields.Concerns(record).Contains(filters.Data.Value));

    /// <summary>The filters whose values some record holds, spelled as the records spell them; the others dropped and reported.</summary>
    private static BrowseFilters Known(BrowseFilters filters, CatalogueSnapshot snapshot, List<BrowseProblem> problems)
    {
        if (filters.Organisation is null && filters.Hub is null && filters.Theme is null) return filters;
        var all = BrowseFields.All(snapshot).ToList();
        return filters with
        {
            Organisation = Resolve(filters.Organisation, all.Select(BrowseFields.Organisation), BrowseProblemKind.UnknownOrganisation, problems),
            Hub = Resolve(filters.Hub, all.Select(BrowseFields.Hub), BrowseProblemKind.UnknownHub, problems),
            Theme = Resolve(filters.Theme, all.SelectMany(BrowseFields.Themes), BrowseProblemKind.UnknownTheme, problems),
        };
    }

    private static string? Resolve(string? wanted, IEnumerable<string?> values, BrowseProblemKind problem, List<BrowseProblem> problems)
    {
        if (wanted is null) return null;
        if (values.FirstOrDefault(v => Same(v, wanted)) is { } known) return known;
        problems.Add(new BrowseProblem(problem, wanted));
        return null;
    }

    private List<CitedRecord> Search(IReadOnlyList<QueryTermGroup> terms, IReadOnlyCollection<RecordRef>? among, CatalogueSnapshot snapshot, out bool capped)
    {
        var hits = index.Search(new CatalogueSearchRequest(terms, options.SearchDepth) { Among = among });
        capped = hits.Count >= options.SearchDepth;
        // Same order as answers: records covering more of the words first, then the engine's score.
        return hits.Where(hit => hit.Coverage >= options.MinCoverage)
            .OrderByDescending(hit => Math.Round(hit.Coverage * 10))
            .ThenByDescending(hit => hit.Score)
            .Select(hit => Cite(hit, snapshot))
            .OfType<CitedRecord>()
            .ToList();
    }

    private static CitedRecord? Cite(CatalogueSearchHit hit, CatalogueSnapshot snapshot) => hit.Record.Kind switch
    {
        CatalogueKind.UseCases when snapshot.FindUseCase(hit.Record.Id) is { } useCase => CitedRecord.Of(useCase, hit.MatchedWords),
        CatalogueKind.Datasets when snapshot.FindDataset(hit.Record.Id) is { } dataset => CitedRecord.Of(dataset, hit.MatchedWords),
        _ => null,
    };

    private BrowseFacets Facets(IReadOnlyList<CitedRecord> matched, BrowseFilters filters)
    {
        // Each filter's choices are counted with the other filters applied, not itself.
        return new BrowseFacets(
            Count(matched.Where(r => Matches(r, filters with { Kind = null })).Select(r => (CatalogueKind?)r.Ref.Kind), filters.Kind),
            Count(matched.Where(r => Matches(r, filters with { Organisation = null })).Select(BrowseFields.Organisation), filters.Organisation),
            Count(matched.Where(r => Matches(r, filters with { Hub = null })).Select(BrowseFields.Hub), filters.Hub),
            Count(matched.Where(r => Matches(r, filters with { Status = null })).Select(BrowseFields.Status), filters.Status),
            Count(matched.Where(r => Matches(r, filters with { Theme = null })).SelectMany(r => BrowseFields.Themes(r).Select(t => (string?)t)), filters.Theme),
            Count(matched.Where(r => Matches(r, filters with { Data = null })).SelectMany(r => BrowseFields.Concerns(r).Select(c => (DataConcern?)c)), filters.Data));
    }

    private IReadOnlyList<FacetValue<string>> Count(IEnumerable<string?> values, string? chosen)
    {
        var counted = values.OfType<string>()
            .GroupBy(v => v, StringComparer.OrdinalIgnoreCase)
            .Select(g => new FacetValue<string>(g.Key, g.Count()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.OrdinalIgnoreCase)
            .Take(options.FacetSize)
            .ToList();
        if (chosen is not null && !counted.Any(f => Same(f.Value, chosen))) counted.Add(new FacetValue<string>(chosen, 0));
        return counted;
    }

    private static IReadOnlyList<FacetValue<T>> Count<T>(IEnumerable<T?> values, T? chosen) where T : struct, Enum
    {
        var counted = values.OfType<T>()
            .GroupBy(v => v)
            .Select(g => new FacetValue<T>(g.Key, g.Count()))
            .OrderBy(f => f.Value)
            .ToList();
        if (chosen is { } value && !counted.Any(f => f.Value.Equals(value))) counted.Add(new FacetValue<T>(value, 0));
        return counted;
    }

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
