using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.UseCases;

/// <summary>One line of a use-case list, read from an index row without loading the whole use case.</summary>
public sealed record UseCaseListItem(Guid Id, UseCaseNumber? Number, string Title, UseCaseState State, string HubId, string? SubmitterName, string? OwnerName, DateTimeOffset UpdatedAt);
