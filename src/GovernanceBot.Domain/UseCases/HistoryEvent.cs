namespace GovernanceBot.Domain.UseCases;

/// <summary>What a history entry records.</summary>
public enum HistoryEvent
{
    Created,
    Submitted,
    Taken,
    SentBack,
    Evaluated,
    Prioritised,
    Deferred,
    Rejected,
    IndustrialisationStarted,
    ValidationRequested,
    BusinessValidationConfirmed,
    SecurityReviewConfirmed,
    ReturnedToIndustrialisation,
    WentLive,
    Retired,
    EvaluationScored,
    PhaseChanged,
    MlopsLevelChanged,
    ProductionFactsChanged,
}
