namespace GovernanceBot.Domain.UseCases;

/// <summary>MLOps maturity: 0 hand-over, 1 automated training pipeline, 2 CI/CD of models with performance monitoring.</summary>
public enum MlopsLevel
{
    Level0,
    Level1,
    Level2,
}
