namespace GovernanceBot.Domain.Catalogue;

/// <summary>
/// A use case in the catalogue (DESIGN §7): what it does, who owns it, where it stands and which data it
/// touches. Imported from the organisation's own files or from the US federal AI use case inventory.
/// </summary>
public sealed record CatalogueUseCase
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The problem it solves, in the submitter's words.</summary>
    public string Description { get; init; } = "";

    /// <summary>Owning organisation's short code or name (the federal inventory's agency).</summary>
    public string Organisation { get; init; } = "";

    /// <summary>Full name of the organisation when the source gives one.</summary>
    public string OrganisationName { get; init; } = "";

    /// <summary>The team that builds or runs it (the federal inventory's bureau).</summary>
    public string Hub { get; init; } = "";

    public UseCaseStatus Status { get; init; } = UseCaseStatus.Unknown;

    public string ContactName { get; init; } = "";
    public string ContactEmail { get; init; } = "";

    /// <summary>Expected or measured benefits.</summary>
    public string Impact { get; init; } = "";

    /// <summary>What the system produces (predictions, summaries, alerts…).</summary>
    public string Outputs { get; init; } = "";

    /// <summary>Free-text description of the data it is trained on or uses.</summary>
    public string DataDescription { get; init; } = "";

    public IReadOnlyList<string> SystemNames { get; init; } = [];

    /// <summary>True when it processes personal data; null when the source does not say.</summary>
    public bool? UsesPersonalData { get; init; }

    public string Topic { get; init; } = "";

    /// <summary>The AI technique (classification, NLP, computer vision…).</summary>
    public string Technique { get; init; } = "";

    /// <summary>Dataset ids or names the use case reads.</summary>
    public IReadOnlyList<string> DatasetsUsed { get; init; } = [];

    /// <summary>Dataset ids or names the use case produces.</summary>
    public IReadOnlyList<string> DatasetsProduced { get; init; } = [];

    /// <summary>Which importer or workflow the record came from (see <see cref="CatalogueSources"/>).</summary>
    public string Source { get; init; } = "";

    /// <summary>The record's own identifier at its source (a DCAT identifier URL, an inventory id).</summary>
    public string SourceIdentifier { get; init; } = "";
}
