using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Copil;

/// <summary>A decision taken: what, with its rank / revisit date / reason, by whom and when.</summary>
public sealed record CopilDecision(
    Guid UseCaseId,
    CopilDecisionKind Kind,
    int? Rank,
    DateOnly? RevisitOn,
    string? Reason,
    string DeciderKey,
    string? DeciderName,
    DateTimeOffset At)
{
    /// <summary>The use-case workflow action the decision drives.</summary>
    public LifecycleAction Action => Kind switch
    {
        CopilDecisionKind.Prioritise => LifecycleAction.Prioritise,
        CopilDecisionKind.Defer => LifecycleAction.Defer,
        _ => LifecycleAction.Reject,
    };

    /// <summary>What the workflow records: the reason for a rejection, the rank for a prioritisation, the date for a deferral.</summary>
    public TransitionRequest Transition => Kind switch
    {
        CopilDecisionKind.Reject => new TransitionRequest(Reason),
        CopilDecisionKind.Defer => new TransitionRequest(Reason, RevisitOn),
        _ => new TransitionRequest(Rank is { } rank ? $"#{rank}" : null),
    };
}
