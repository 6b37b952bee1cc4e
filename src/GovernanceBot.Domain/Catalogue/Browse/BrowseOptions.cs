namespace GovernanceBot.Domain.Catalogue.Browse;

/// <summary>How a browse pages and how far its word search looks.</summary>
public sealed record BrowseOptions
{
    public int PageSize { get; init; } = 8;

    /// <summary>Choices offered per filter (the most frequent); a chosen value is always added.</summary>
    public int FacetSize { get; init; } = 40;

    /// <summary>Records the word search ranks at most (the engine explains every hit, so this bounds the cost).</summary>
    public int SearchDepth { get; init; } = 300;

    /// <summary>Share of the words a record must match, as for answers.</summary>
    public double MinCoverage { get; init; } = 0.6;
}
