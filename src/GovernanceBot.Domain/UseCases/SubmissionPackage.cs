namespace GovernanceBot.Domain.UseCases;

/// <summary>What the hub hands over with the use case (DESIGN §4.6).</summary>
public sealed record SubmissionPackage
{
    public string? PrototypeUrl { get; init; }
    public string? DocumentationUrl { get; init; }
    public string? BusinessStakes { get; init; }

    /// <summary>Datasets used: catalogue ids, catalogue links or names, one per entry.</summary>
    public ValueList<string> Datasets { get; init; } = [];

    public string? HubOwner { get; init; }
    public string? BusinessSponsor { get; init; }
}
