using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.UseCases.Cards;

/// <summary>What the use-case card shows one viewer: the use case, its history, and what this viewer may do with it.</summary>
internal sealed record UseCaseView(
    UseCase UseCase,
    string HubName,
    IReadOnlyList<HistoryEntry> History,
    IReadOnlyList<LifecycleAction> Actions,
    IndustrialisationScore? Score,
    bool CanEvaluate,
    bool CanEditFacts,
    bool CanEditDraft);
