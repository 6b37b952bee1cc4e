namespace GovernanceBot.Domain.UseCases;

/// <summary>The hub's overall reading of feasibility.</summary>
public enum FeasibilityVerdict
{
    Feasible,
    FeasibleWithConditions,
    NotFeasible,
}
