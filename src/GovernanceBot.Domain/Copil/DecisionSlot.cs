namespace GovernanceBot.Domain.Copil;

/// <summary>
/// One decision card of a session (known by its date): which use case, and the
/// decision once taken. The first valid decision fills the slot; every later click — a second member, a
/// double click, a stale copy of the card — gets <see cref="DecisionOutcome.AlreadyDecided"/> with the
/// decision that stands. The store writes the slot against its ETag, so two members at once cannot both win.
/// </summary>
public sealed record DecisionSlot(Guid UseCaseId, DateOnly SessionDate, CopilDecision? Decision = null)
{
    public bool IsDecided => Decision is not null;

    /// <param name="isCopil">Whether the server resolved the caller as a Copil member; never read from the card.</param>
    public DecisionOutcome Decide(string deciderKey, string? deciderName, bool isCopil, CopilDecisionRequest request, DateTimeOffset now)
    {
        if (!isCopil) return DecisionOutcome.Refused(DecisionRefusal.NotCopil);
        if (Decision is not null) return DecisionOutcome.AlreadyDecided(Decision);
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        if (reason is { Length: > CopilDecisionRequest.ReasonLength }) return DecisionOutcome.Refused(DecisionRefusal.ReasonTooLong);
        switch (request.Kind)
        {
            case CopilDecisionKind.Prioritise when request.Rank is not (>= 1 and <= CopilDecisionRequest.MaxRank):
                return DecisionOutcome.Refused(DecisionRefusal.RankRequired);
            case CopilDecisionKind.Defer when request.RevisitOn is null:
                return DecisionOutcome.Refused(DecisionRefusal.RevisitDateRequired);
            case CopilDecisionKind.Defer when request.RevisitOn <= DateOnly.FromDateTime(now.UtcDateTime):
                return DecisionOutcome.Refused(DecisionRefusal.RevisitDateNotInFuture);
            case CopilDecisionKind.Reject when reason is null:
                return DecisionOutcome.Refused(DecisionRefusal.ReasonRequired);
        }
        var decision = new CopilDecision(UseCaseId, request.Kind,
            request.Kind == CopilDecisionKind.Prioritise ? request.Rank : null,
            request.Kind == CopilDecisionKind.Defer ? request.RevisitOn : null,
            reason, deciderKey, deciderName, now);
        return DecisionOutcome.Taken(this with { Decision = decision });
    }
}

/// <summary>The result of a click on a decision card.</summary>
public sealed record DecisionOutcome(DecisionSlot? Slot, CopilDecision? Standing, DecisionRefusal? Refusal)
{
    public static DecisionOutcome Taken(DecisionSlot slot) => new(slot, slot.Decision, null);

    public static DecisionOutcome AlreadyDecided(CopilDecision standing) => new(null, standing, null);

    public static DecisionOutcome Refused(DecisionRefusal refusal) => new(null, null, refusal);

    public bool WasTaken => Slot is not null;
}
