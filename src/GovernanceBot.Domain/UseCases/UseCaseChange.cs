namespace GovernanceBot.Domain.UseCases;

/// <summary>A use case after an action, with the history line the action adds.</summary>
public sealed record UseCaseChange(UseCase UseCase, HistoryEntry Entry);
