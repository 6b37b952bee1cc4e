namespace GovernanceBot.Domain.Copil;

/// <summary>What a member posted from a decision card: the decision and what it needs (rank, revisit date, reason).</summary>
public sealed record CopilDecisionRequest(CopilDecisionKind Kind, int? Rank = null, DateOnly? RevisitOn = null, string? Reason = null)
{
    public const int MaxRank = 999;
    public const int ReasonLength = 1000;
}
