namespace GovernanceBot.Domain.UseCases;

/// <summary>The profiles a use case may need.</summary>
public enum ExpertiseProfile
{
    DataAnalyst,
    BusinessAnalyst,
    DataScientist,
    ResearchScientist,
    MlEngineer,
    MlopsEngineer,
    DataEngineer,
}
