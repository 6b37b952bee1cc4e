namespace GovernanceBot.Domain.Catalogue.Search;

/// <summary>
/// What to look for: the question's term groups, optionally one catalogue only, optionally only among
/// records already selected by exact filters (organisation, status, personal data…).
/// </summary>
public sealed record CatalogueSearchRequest(IReadOnlyList<QueryTermGroup> Terms, int Top = 10)
{
    public CatalogueKind? Kind { get; init; }

    /// <summary>When set, only these records may be returned (the structured filters' result).</summary>
    public IReadOnlyCollection<RecordRef>? Among { get; init; }
}
