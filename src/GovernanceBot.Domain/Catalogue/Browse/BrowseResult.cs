using GovernanceBot.Domain.Catalogue.Questions;

namespace GovernanceBot.Domain.Catalogue.Browse;

/// <summary>
/// One page of a browse: the request as applied (corrected when it named unknown values or pages), the
/// page's records, the total, the facets for the card's filters, and what was corrected.
/// </summary>
public sealed record BrowseResult(
    BrowseRequest Applied,
    IReadOnlyList<CitedRecord> Items,
    int Total,
    int PageCount,
    BrowseFacets Facets,
    IReadOnlyList<BrowseProblem> Problems)
{
    /// <summary>True when the words matched more records than the search looks at: the total is a floor.</summary>
    public bool Capped { get; init; }

    public int Page => Applied.Page;
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;
}
