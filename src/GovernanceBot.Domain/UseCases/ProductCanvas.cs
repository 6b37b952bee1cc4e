namespace GovernanceBot.Domain.UseCases;

/// <summary>The product canvas extras (DESIGN §4.4).</summary>
public sealed record ProductCanvas
{
    public string? Users { get; init; }
    public string? ValueProposition { get; init; }

    /// <summary>The one metric that matters.</summary>
    public string? PrimaryKpi { get; init; }

    public ValueList<string> SecondaryKpis { get; init; } = [];
    public DeliveryMode? Delivery { get; init; }
    public DeliveryFrequency? Frequency { get; init; }
    public string? OperatingEnvironment { get; init; }
    public string? Extensions { get; init; }
}
