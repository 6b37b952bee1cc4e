namespace GovernanceBot.Domain.Catalogue.Browse;

/// <summary>Data a record handles that people filter on: personal data, or data that is not public.</summary>
public enum DataConcern
{
    PersonalData,
    NonPublic,
}

/// <summary>
/// The filters of a catalogue browse, each one exact and optional. Values are those the records hold
/// (an organisation code, a hub name, a theme), so the card's choices and the records always agree.
/// </summary>
public sealed record BrowseFilters
{
    public static BrowseFilters None { get; } = new();

    /// <summary>One catalogue only; null for both.</summary>
    public CatalogueKind? Kind { get; init; }

    /// <summary>A use case's organisation or a dataset's owner.</summary>
    public string? Organisation { get; init; }

    /// <summary>A use case's hub (datasets have none).</summary>
    public string? Hub { get; init; }

    /// <summary>A use case's status (datasets have none).</summary>
    public UseCaseStatus? Status { get; init; }

    /// <summary>A use case's topic or one of a dataset's themes.</summary>
    public string? Theme { get; init; }

    public DataConcern? Data { get; init; }

    public bool IsEmpty => Kind is null && Organisation is null && Hub is null && Status is null && Theme is null && Data is null;

    /// <summary>These filters, with any left unset taken from <paramref name="fallback"/>.</summary>
    public BrowseFilters Over(BrowseFilters fallback) => new()
    {
        Kind = Kind ?? fallback.Kind,
        Organisation = Organisation ?? fallback.Organisation,
        Hub = Hub ?? fallback.Hub,
        Status = Status ?? fallback.Status,
        Theme = Theme ?? fallback.Theme,
        Data = Data ?? fallback.Data,
    };
}
