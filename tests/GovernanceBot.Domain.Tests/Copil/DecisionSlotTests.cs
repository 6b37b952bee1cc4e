using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.Tests.UseCases;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Tests.Copil;

public class DecisionSlotTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 10, 14, 0, 0, TimeSpan.Zero);
    private static readonly DecisionSlot Open = new(Guid.NewGuid(), new DateOnly(2026, 4, 10));

    [Fact]
    public void A_valid_decision_fills_the_slot_with_who_and_when()
    {
        var outcome = Open.Decide("aad-fay", "Fay", isCopil: true, new CopilDecisionRequest(CopilDecisionKind.Prioritise, Rank: 2), Now);

        Assert.True(outcome.WasTaken);
        Assert.Equal(new CopilDecision(Open.UseCaseId, CopilDecisionKind.Prioritise, 2, null, null, "aad-fay", "Fay", Now), outcome.Slot!.Decision);
    }

    [Fact]
    public void A_second_member_or_a_stale_card_sees_the_decision_already_taken()
    {
        var first = Open.Decide("aad-fay", "Fay", true, new CopilDecisionRequest(CopilDecisionKind.Reject, Reason: "No budget"), Now).Slot!;

        var second = first.Decide("aad-gus", "Gus", true, new CopilDecisionRequest(CopilDecisionKind.Prioritise, Rank: 1), Now.AddSeconds(1));

        Assert.False(second.WasTaken);
        Assert.Equal("Fay", second.Standing!.DeciderName);
        Assert.Equal(CopilDecisionKind.Reject, second.Standing.Kind);
    }

    [Fact]
    public void Someone_outside_the_copil_is_refused_even_on_a_decided_card()
    {
        Assert.Equal(DecisionRefusal.NotCopil, Open.Decide("aad-alice", "Alice", false, new CopilDecisionRequest(CopilDecisionKind.Prioritise, 1), Now).Refusal);
        var decided = Open.Decide("aad-fay", "Fay", true, new CopilDecisionRequest(CopilDecisionKind.Prioritise, 1), Now).Slot!;
        Assert.Equal(DecisionRefusal.NotCopil, decided.Decide("aad-alice", "Alice", false, new CopilDecisionRequest(CopilDecisionKind.Prioritise, 1), Now).Refusal);
    }

    public static TheoryData<CopilDecisionRequest, DecisionRefusal> Incomplete => new()
    {
        { new CopilDecisionRequest(CopilDecisionKind.Prioritise), DecisionRefusal.RankRequired },
        { new CopilDecisionRequest(CopilDecisionKind.Prioritise, Rank: 0), DecisionRefusal.RankRequired },
        { new CopilDecisionRequest(CopilDecisionKind.Prioritise, Rank: 1000), DecisionRefusal.RankRequired },
        { new CopilDecisionRequest(CopilDecisionKind.Defer), DecisionRefusal.RevisitDateRequired },
        { new CopilDecisionRequest(CopilDecisionKind.Defer, RevisitOn: new DateOnly(2026, 4, 10)), DecisionRefusal.RevisitDateNotInFuture },
        { new CopilDecisionRequest(CopilDecisionKind.Reject, Reason: "   "), DecisionRefusal.ReasonRequired },
        { new CopilDecisionRequest(CopilDecisionKind.Reject, Reason: new string('x', 1001)), DecisionRefusal.ReasonTooLong },
    };

    [Theory]
    [MemberData(nameof(Incomplete))]
    public void A_decision_without_what_it_needs_is_refused_and_the_slot_stays_open(CopilDecisionRequest request, DecisionRefusal refusal)
    {
        var outcome = Open.Decide("aad-fay", "Fay", true, request, Now);

        Assert.Equal(refusal, outcome.Refusal);
        Assert.Null(outcome.Slot);
    }

    [Theory]
    [InlineData(CopilDecisionKind.Prioritise, UseCaseState.Prioritised, HistoryEvent.Prioritised)]
    [InlineData(CopilDecisionKind.Defer, UseCaseState.Deferred, HistoryEvent.Deferred)]
    [InlineData(CopilDecisionKind.Reject, UseCaseState.Rejected, HistoryEvent.Rejected)]
    public void A_decision_drives_the_use_case_workflow_and_lands_in_its_history(CopilDecisionKind kind, UseCaseState state, HistoryEvent recorded)
    {
        var useCase = SampleUseCases.In(UseCaseState.Evaluated);
        var now = useCase.UpdatedAt.AddDays(1);
        var revisit = DateOnly.FromDateTime(now.AddDays(60).UtcDateTime);
        var slot = new DecisionSlot(useCase.Id, DateOnly.FromDateTime(now.UtcDateTime));
        var decision = slot.Decide("aad-fay", "Fay", true, new CopilDecisionRequest(kind, 3, revisit, "Budget goes to 2027"), now).Slot!.Decision!;

        var change = useCase.Apply(decision.Action, SampleUseCases.CopilMember, decision.Transition, now);

        Assert.Equal(state, change.UseCase.State);
        Assert.Equal(recorded, change.Entry.Event);
        if (kind == CopilDecisionKind.Defer) Assert.Equal(revisit, change.UseCase.DeferredUntil);
        if (kind == CopilDecisionKind.Reject) Assert.Equal("Budget goes to 2027", change.Entry.Comment);
        if (kind == CopilDecisionKind.Prioritise) Assert.Equal("#3", change.Entry.Comment);
    }

    [Fact]
    public void The_digest_lists_prioritised_by_rank_then_deferred_then_rejected()
    {
        DecisionSlot Decided(CopilDecisionKind kind, int? rank = null, string? reason = null) =>
            new DecisionSlot(Guid.NewGuid(), new DateOnly(2026, 4, 10)).Decide("k", "Fay", true, new CopilDecisionRequest(kind, rank, new DateOnly(2026, 9, 1), reason ?? "why"), Now).Slot!;

        var digest = DecisionDigest.Order([Decided(CopilDecisionKind.Reject), Decided(CopilDecisionKind.Prioritise, 2), Open, Decided(CopilDecisionKind.Defer), Decided(CopilDecisionKind.Prioritise, 1)]);

        Assert.Equal([(CopilDecisionKind.Prioritise, (int?)1), (CopilDecisionKind.Prioritise, 2), (CopilDecisionKind.Defer, null), (CopilDecisionKind.Reject, null)], digest.Select(d => (d.Kind, d.Rank)));
    }
}
