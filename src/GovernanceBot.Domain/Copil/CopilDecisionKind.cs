namespace GovernanceBot.Domain.Copil;

/// <summary>What the Copil can decide on an evaluated use case.</summary>
public enum CopilDecisionKind
{
    Prioritise,
    Defer,
    Reject,
}
