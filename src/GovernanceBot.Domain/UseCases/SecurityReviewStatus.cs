namespace GovernanceBot.Domain.UseCases;

/// <summary>Where the security review of the solution stands.</summary>
public enum SecurityReviewStatus
{
    NotStarted,
    InProgress,
    Passed,
    Failed,
}
