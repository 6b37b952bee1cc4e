namespace GovernanceBot.Domain.UseCases;

/// <summary>The hub's feasibility reading (DESIGN §4.2).</summary>
public sealed record Feasibility
{
    public DataAvailability? DataAvailability { get; init; }
    public ComparableCases? ComparableCases { get; init; }
    public ComplexityLevel? Complexity { get; init; }
    public FeasibilityVerdict? Verdict { get; init; }

    /// <summary>The conditions, when the verdict is "feasible with conditions".</summary>
    public string? Conditions { get; init; }

    /// <summary>The way forward, when the verdict is "not feasible".</summary>
    public NotFeasiblePath? Path { get; init; }
}
