using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.UseCases;

/// <summary>A use case as read from storage, with the ETag its next write must match.</summary>
public sealed record StoredUseCase(UseCase UseCase, string ETag);
