using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Copil;

/// <summary>One line of the ranked list: position (1 = first), the case and its scores.</summary>
public sealed record RankedUseCase(int Position, UseCase UseCase, PriorityScore Score);
