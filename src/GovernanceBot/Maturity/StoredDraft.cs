using GovernanceBot.Domain.Maturity;

namespace GovernanceBot.Maturity;

/// <summary>A draft as read from storage, with the ETag its next write must match.</summary>
public sealed record StoredDraft(AssessmentDraft Draft, string ETag);
