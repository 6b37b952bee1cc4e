namespace GovernanceBot.Domain.Catalogue;

/// <summary>
/// Where to find use cases without reading them all: by id, by the dataset references they list (used or
/// produced). Positions follow the snapshot's order, so a
/// lookup lists use cases exactly as a scan of the catalogue would meet them.
/// </summary>
internal sealed class UseCaseLookup
{
    private readonly Dictionary<string, int> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<int>> _byDatasetReference = new(StringComparer.OrdinalIgnoreCase);

    public UseCaseLookup(IEnumerable<CatalogueUseCase> useCases)
    {
        All = useCases.ToArray();
        for (var position = 0; position < All.Length; position++)
        {
            var useCase = All[position];
            _byId.TryAdd(useCase.Id, position);
            foreach (var reference in useCase.DatasetsUsed.Concat(useCase.DatasetsProduced)) Add(_byDatasetReference, reference, position);
        }
    }

    /// <summary>The use cases in the snapshot's order; positions index into it.</summary>
    public CatalogueUseCase[] All { get; }

    public IEnumerable<int> WithId(string id) => _byId.TryGetValue(id, out var position) ? [position] : [];

    /// <summary>Use cases that list <paramref name="reference"/> (any case) among the datasets they use or produce.</summary>
    public IEnumerable<int> Naming(string reference) => _byDatasetReference.GetValueOrDefault(reference) ?? [];

    private static void Add(Dictionary<string, List<int>> index, string key, int position)
    {
        if (!index.TryGetValue(key, out var positions)) index[key] = positions = [];
        if (positions.Count == 0 || positions[^1] != position) positions.Add(position);
    }
}
