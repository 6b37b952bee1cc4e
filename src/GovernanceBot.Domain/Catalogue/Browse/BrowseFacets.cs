namespace GovernanceBot.Domain.Catalogue.Browse;

/// <summary>
/// The values each filter can take among the records the words match, most frequent first, each counted
/// with the other filters applied (so a choice never promises records it would not show). A chosen value
/// is always listed, even when nothing matches it any more.
/// </summary>
public sealed record BrowseFacets(
    IReadOnlyList<FacetValue<CatalogueKind>> Kinds,
    IReadOnlyList<FacetValue<string>> Organisations,
    IReadOnlyList<FacetValue<string>> Hubs,
    IReadOnlyList<FacetValue<UseCaseStatus>> Statuses,
    IReadOnlyList<FacetValue<string>> Themes,
    IReadOnlyList<FacetValue<DataConcern>> Data);
