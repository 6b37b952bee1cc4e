namespace GovernanceBot.Domain.Catalogue;

/// <summary>
/// A dataset in the data catalogue (DESIGN §7): what it holds, who owns and looks after it, how sensitive
/// it is, how often it changes, and which use cases produce or consume it.
/// </summary>
public sealed record CatalogueDataset
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public string Description { get; init; } = "";

    /// <summary>Business domain or themes.</summary>
    public string Domain { get; init; } = "";

    public IReadOnlyList<string> Keywords { get; init; } = [];
    public string SourceSystem { get; init; } = "";

    /// <summary>The organisation that owns (publishes) the dataset.</summary>
    public string OwnerOrganisation { get; init; } = "";

    /// <summary>The organisation above the owner, when the source says (DCAT's subOrganizationOf).</summary>
    public string ParentOrganisation { get; init; } = "";

    public string StewardName { get; init; } = "";
    public string StewardEmail { get; init; } = "";

    public DatasetSensitivity Sensitivity { get; init; } = DatasetSensitivity.Public;

    /// <summary>True when it holds personal data; null when the source does not say.</summary>
    public bool? ContainsPersonalData { get; init; }

    public string Certification { get; init; } = "";

    /// <summary>Normalised update frequency ("daily", "monthly"…, see <see cref="UpdateFrequencies"/>).</summary>
    public string UpdateFrequency { get; init; } = "";

    /// <summary>Ids of the use cases that produce it.</summary>
    public IReadOnlyList<string> ProducedBy { get; init; } = [];

    /// <summary>Ids of the use cases that consume it.</summary>
    public IReadOnlyList<string> ConsumedBy { get; init; } = [];

    /// <summary>Upstream datasets or systems it is derived from.</summary>
    public IReadOnlyList<string> Upstream { get; init; } = [];

    public string Modified { get; init; } = "";
    public string LandingPage { get; init; } = "";
    public IReadOnlyList<string> Distributions { get; init; } = [];

    /// <summary>Which importer the record came from (see <see cref="CatalogueSources"/>).</summary>
    public string Source { get; init; } = "";

    /// <summary>The record's own identifier at its source (a DCAT identifier URL, an inventory id).</summary>
    public string SourceIdentifier { get; init; } = "";

    /// <summary>Non-public and restricted data, or data holding personal information.</summary>
    public bool IsSensitive => Sensitivity != DatasetSensitivity.Public || ContainsPersonalData == true;
}
