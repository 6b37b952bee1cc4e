namespace GovernanceBot.Domain.UseCases;

/// <summary>How hard deploying and maintaining the solution is expected to be.</summary>
public enum ComplexityLevel
{
    Low,
    Medium,
    High,
}
