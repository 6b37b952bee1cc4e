using GovernanceBot.Domain.Catalogue.Links;

namespace GovernanceBot.Domain.Catalogue;

/// <summary>
/// Both catalogues in memory, keyed by id (case-insensitive): what the search index points into and
/// what structured questions ("how many use cases in production at DHS?") are answered from exactly.
/// </summary>
public sealed class CatalogueSnapshot
{
    private readonly Dictionary<string, CatalogueUseCase> _useCases;
    private readonly Dictionary<string, CatalogueDataset> _datasets;

    public CatalogueSnapshot(IEnumerable<CatalogueUseCase> useCases, IEnumerable<CatalogueDataset> datasets)
    {
        _useCases = new Dictionary<string, CatalogueUseCase>(StringComparer.OrdinalIgnoreCase);
        foreach (var useCase in useCases) _useCases[useCase.Id] = useCase;
        _datasets = new Dictionary<string, CatalogueDataset>(StringComparer.OrdinalIgnoreCase);
        foreach (var dataset in datasets) _datasets[dataset.Id] = dataset;
        Organisations = OrganisationDirectory.Build(_useCases.Values, _datasets.Values);
        _suggester = new Lazy<LinkSuggester>(() => new LinkSuggester(_useCases.Values));
        _useCaseLookup = new Lazy<UseCaseLookup>(() => new UseCaseLookup(_useCases.Values));
    }

    /// <summary>A copy sharing these records, with other links (cheap: nothing is re-indexed).</summary>
    private CatalogueSnapshot(CatalogueSnapshot records, CatalogueLinks links)
    {
        _useCases = records._useCases;
        _datasets = records._datasets;
        Organisations = records.Organisations;
        _suggester = records._suggester;
        _useCaseLookup = records._useCaseLookup;
        Links = links;
    }

    private readonly Lazy<UseCaseLookup> _useCaseLookup;

    public static CatalogueSnapshot Empty { get; } = new([], []);

    /// <summary>The central team's link decisions and the stored link suggestions.</summary>
    public CatalogueLinks Links { get; private init; } = CatalogueLinks.Empty;

    /// <summary>Shared by the copies <see cref="WithLinks"/> makes, so it is built once per set of records.</summary>
    private readonly Lazy<LinkSuggester> _suggester;

    /// <summary>Scores suggestions from these records when none were stored (built on first use).</summary>
    public LinkSuggester Suggester => _suggester.Value;

    public CatalogueSnapshot WithLinks(CatalogueLinks links) => new(this, links);

    public IReadOnlyCollection<CatalogueUseCase> UseCases => _useCases.Values;
    public IReadOnlyCollection<CatalogueDataset> Datasets => _datasets.Values;

    /// <summary>Organisations and hubs named in the catalogues, to recognise them in questions.</summary>
    public OrganisationDirectory Organisations { get; }

    /// <summary>Use cases by id, dataset reference and organisation, built on first use.</summary>
    internal UseCaseLookup UseCaseLookup => _useCaseLookup.Value;

    public CatalogueUseCase? FindUseCase(string id) => _useCases.GetValueOrDefault(id);
    public CatalogueDataset? FindDataset(string id) => _datasets.GetValueOrDefault(id);

    /// <summary>A copy with these records added or replaced (imports apply through this).</summary>
    public CatalogueSnapshot With(IEnumerable<CatalogueUseCase> useCases, IEnumerable<CatalogueDataset> datasets)
    {
        var mergedUseCases = new Dictionary<string, CatalogueUseCase>(_useCases, StringComparer.OrdinalIgnoreCase);
        foreach (var useCase in useCases) mergedUseCases[useCase.Id] = useCase;
        var mergedDatasets = new Dictionary<string, CatalogueDataset>(_datasets, StringComparer.OrdinalIgnoreCase);
        foreach (var dataset in datasets) mergedDatasets[dataset.Id] = dataset;
        return new CatalogueSnapshot(mergedUseCases.Values, mergedDatasets.Values) { Links = Links };
    }

    /// <summary>
    /// Finds a dataset named by a use case (its id, source identifier, landing page or exact name).
    /// </summary>
    public CatalogueDataset? ResolveDataset(string reference)
    {
        if (_datasets.TryGetValue(reference, out var byId)) return byId;
        return _datasets.Values.FirstOrDefault(d =>
            string.Equals(d.SourceIdentifier, reference, StringComparison.OrdinalIgnoreCase)
            || string.Equals(d.LandingPage, reference, StringComparison.OrdinalIgnoreCase)
            || string.Equals(d.Name, reference, StringComparison.OrdinalIgnoreCase));
    }
}
