namespace GovernanceBot.Domain.UseCases;

/// <summary>The delivery phase shown beside the governance state.</summary>
public enum LifecyclePhase
{
    IdeationAndFraming,
    DataExploration,
    PrototypePoc,
    Industrialisation,
    ProductionAndMonitoring,
}
