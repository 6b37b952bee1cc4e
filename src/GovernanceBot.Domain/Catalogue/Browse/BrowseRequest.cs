namespace GovernanceBot.Domain.Catalogue.Browse;

/// <summary>What someone browses: the words they typed (may be empty), the filters they chose and the page (from 1).</summary>
public sealed record BrowseRequest(string Words, BrowseFilters Filters, int Page = 1)
{
    /// <summary>Longer words are not a search (a pasted document); the card refuses them.</summary>
    public const int MaxWordsLength = 200;

    public static BrowseRequest Everything { get; } = new("", BrowseFilters.None);
}
