namespace GovernanceBot.Domain.UseCases;

/// <summary>What to do with an idea judged not feasible today.</summary>
public enum NotFeasiblePath
{
    WaitForData,
    RunAsResearch,
    StartSmall,
}
