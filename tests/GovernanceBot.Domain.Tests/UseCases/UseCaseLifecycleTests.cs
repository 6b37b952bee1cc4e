using GovernanceBot.Domain.UseCases;
using static GovernanceBot.Domain.Tests.UseCases.SampleUseCases;

namespace GovernanceBot.Domain.Tests.UseCases;

public class UseCaseLifecycleTests
{
    /// <summary>DESIGN §4.7 written out by hand, independently of the rule table: (action, from state, who) triples that are allowed.</summary>
    private static readonly HashSet<(LifecycleAction, UseCaseState, string)> Allowed =
    [
        (LifecycleAction.Submit, UseCaseState.Draft, "hub"),
        (LifecycleAction.Take, UseCaseState.Submitted, "central"),
        (LifecycleAction.SendBack, UseCaseState.Submitted, "central"),
        (LifecycleAction.SendBack, UseCaseState.InEvaluation, "central"),
        (LifecycleAction.MarkEvaluated, UseCaseState.InEvaluation, "central"),
        (LifecycleAction.Prioritise, UseCaseState.Evaluated, "copil"),
        (LifecycleAction.Prioritise, UseCaseState.Deferred, "copil"),
        (LifecycleAction.Defer, UseCaseState.Evaluated, "copil"),
        (LifecycleAction.Reject, UseCaseState.Evaluated, "copil"),
        (LifecycleAction.Reject, UseCaseState.Deferred, "copil"),
        (LifecycleAction.StartIndustrialisation, UseCaseState.Prioritised, "central"),
        (LifecycleAction.RequestValidation, UseCaseState.InIndustrialisation, "central"),
        (LifecycleAction.ConfirmBusinessValidation, UseCaseState.InValidation, "hub"),
        (LifecycleAction.ConfirmSecurityReview, UseCaseState.InValidation, "central"),
        (LifecycleAction.ReturnToIndustrialisation, UseCaseState.InValidation, "hub"),
        (LifecycleAction.ReturnToIndustrialisation, UseCaseState.InValidation, "central"),
        (LifecycleAction.GoLive, UseCaseState.InValidation, "central"),
        (LifecycleAction.Retire, UseCaseState.InProduction, "central"),
        (LifecycleAction.Retire, UseCaseState.InProduction, "copil"),
    ];

    private static readonly (string Name, UseCaseActor Actor)[] People =
    [
        ("hub", Submitter),
        ("central", Evaluator),
        ("copil", CopilMember),
        ("nobody", OtherHub),
    ];

    [Fact]
    public void Every_action_in_every_state_is_allowed_exactly_to_the_roles_the_design_names()
    {
        var mismatches = new List<string>();
        foreach (var state in Enum.GetValues<UseCaseState>())
        {
            var useCase = In(state);
            foreach (var action in Enum.GetValues<LifecycleAction>())
            foreach (var (name, actor) in People)
            {
                var expected = Allowed.Contains((action, state, name));
                var offered = UseCaseLifecycle.AvailableTo(useCase, actor).Contains(action);
                var refusal = RefusalOf(() => useCase.Apply(action, actor, new TransitionRequest("because", DateOnly.FromDateTime(Monday.AddYears(1).UtcDateTime)), Monday.AddMonths(1), new UseCaseNumber(2026, 1)));
                var gateRefused = refusal is UseCaseRefusal.NotAllowed or UseCaseRefusal.WrongState or UseCaseRefusal.NotOwner;
                if (offered != expected || gateRefused == expected) mismatches.Add($"{action} from {state} by {name}: expected {(expected ? "allowed" : "refused")}, offered={offered}, refusal={refusal}");
            }
        }
        Assert.Empty(mismatches);
    }

    [Fact]
    public void A_person_holding_two_roles_may_do_what_either_role_may()
    {
        var both = Evaluator with { IsCopil = true };

        Assert.Contains(LifecycleAction.Prioritise, UseCaseLifecycle.AvailableTo(In(UseCaseState.Evaluated), both));
        Assert.Contains(LifecycleAction.StartIndustrialisation, UseCaseLifecycle.AvailableTo(In(UseCaseState.Prioritised), both));
    }

    [Fact]
    public void A_colleague_from_the_same_hub_acts_as_the_hub_and_someone_from_another_hub_does_not()
    {
        Assert.Contains(LifecycleAction.Submit, UseCaseLifecycle.AvailableTo(CompleteDraft(), HubColleague));
        var refused = Assert.Throws<UseCaseRefusedException>(() => CompleteDraft().Apply(LifecycleAction.Submit, OtherHub, TransitionRequest.None, Monday, new UseCaseNumber(2026, 1)));
        Assert.Equal(UseCaseRefusal.NotAllowed, refused.Reason);
    }

    [Fact]
    public void Only_the_evaluation_owner_may_finish_or_send_back_and_others_learn_who_owns_it()
    {
        var taken = In(UseCaseState.InEvaluation);

        var take = Assert.Throws<UseCaseRefusedException>(() => taken.Apply(LifecycleAction.Take, SecondEvaluator, TransitionRequest.None, Monday));
        var sendBack = Assert.Throws<UseCaseRefusedException>(() => taken.Apply(LifecycleAction.SendBack, SecondEvaluator, new TransitionRequest("why?"), Monday));

        Assert.Equal((UseCaseRefusal.NotOwner, "Dan"), (take.Reason, take.OwnerName));
        Assert.Equal(UseCaseRefusal.NotOwner, sendBack.Reason);
        Assert.DoesNotContain(LifecycleAction.MarkEvaluated, UseCaseLifecycle.AvailableTo(taken, SecondEvaluator));
    }

    [Theory]
    [InlineData(UseCaseState.InEvaluation, LifecycleAction.SendBack)]
    [InlineData(UseCaseState.Evaluated, LifecycleAction.Reject)]
    [InlineData(UseCaseState.InValidation, LifecycleAction.ReturnToIndustrialisation)]
    [InlineData(UseCaseState.InProduction, LifecycleAction.Retire)]
    public void Sending_back_rejecting_returning_and_retiring_need_a_reason(UseCaseState state, LifecycleAction action)
    {
        var useCase = In(state);
        var actor = action == LifecycleAction.Reject ? CopilMember : Evaluator;

        var refused = Assert.Throws<UseCaseRefusedException>(() => useCase.Apply(action, actor, new TransitionRequest("   "), Monday.AddMonths(1)));
        var tooLong = Assert.Throws<UseCaseRefusedException>(() => useCase.Apply(action, actor, new TransitionRequest(new string('w', 1001)), Monday.AddMonths(1)));

        Assert.Equal(UseCaseRefusal.CommentRequired, refused.Reason);
        Assert.Equal(UseCaseRefusal.CommentTooLong, tooLong.Reason);
    }

    [Fact]
    public void Deferring_needs_a_date_after_today()
    {
        var evaluated = In(UseCaseState.Evaluated);
        var today = DateOnly.FromDateTime(Monday.AddMonths(1).UtcDateTime);

        Assert.Equal(UseCaseRefusal.DateRequired, Assert.Throws<UseCaseRefusedException>(() => evaluated.Apply(LifecycleAction.Defer, CopilMember, TransitionRequest.None, Monday.AddMonths(1))).Reason);
        Assert.Equal(UseCaseRefusal.DateNotInFuture, Assert.Throws<UseCaseRefusedException>(() => evaluated.Apply(LifecycleAction.Defer, CopilMember, new TransitionRequest(null, today), Monday.AddMonths(1))).Reason);

        var deferred = evaluated.Apply(LifecycleAction.Defer, CopilMember, new TransitionRequest("Next budget", today.AddDays(90)), Monday.AddMonths(1));
        Assert.Equal(today.AddDays(90), deferred.UseCase.DeferredUntil);
        Assert.Equal(today.AddDays(90), deferred.Entry.Date);
    }

    [Fact]
    public void Submitting_an_incomplete_draft_is_refused_with_everything_missing()
    {
        var refused = Assert.Throws<UseCaseRefusedException>(() => NewDraft().Apply(LifecycleAction.Submit, Submitter, TransitionRequest.None, Monday, new UseCaseNumber(2026, 1)));

        Assert.Equal(UseCaseRefusal.Incomplete, refused.Reason);
        Assert.Equal(UseCaseFields.All.Count(f => f.Required), refused.Missing.Count);
    }

    [Fact]
    public void Marking_evaluated_needs_all_four_axes_rated()
    {
        var partly = In(UseCaseState.Submitted).Apply(LifecycleAction.Take, Evaluator, TransitionRequest.None, Monday.AddDays(1)).UseCase
            .Rate(Evaluator, new Dictionary<EvaluationAxis, AxisRating> { [EvaluationAxis.TechnicalMaturity] = new(3, null) }, Monday.AddDays(1)).UseCase;

        var refused = Assert.Throws<UseCaseRefusedException>(() => partly.Apply(LifecycleAction.MarkEvaluated, Evaluator, TransitionRequest.None, Monday.AddDays(2)));

        Assert.Equal(UseCaseRefusal.EvaluationIncomplete, refused.Reason);
    }

    [Fact]
    public void Going_live_needs_the_business_validation_and_the_security_review_of_this_validation_round()
    {
        var validating = In(UseCaseState.InValidation).Apply(LifecycleAction.ConfirmBusinessValidation, Submitter, TransitionRequest.None, Monday.AddMonths(2)).UseCase;

        Assert.Equal(UseCaseRefusal.SignOffsMissing, Assert.Throws<UseCaseRefusedException>(() => validating.Apply(LifecycleAction.GoLive, Evaluator, TransitionRequest.None, Monday.AddMonths(2))).Reason);

        var reworked = validating.Apply(LifecycleAction.ReturnToIndustrialisation, Evaluator, new TransitionRequest("Alerting missing"), Monday.AddMonths(2)).UseCase
            .Apply(LifecycleAction.RequestValidation, Evaluator, TransitionRequest.None, Monday.AddMonths(3)).UseCase;
        Assert.False(reworked.BusinessValidated);
        Assert.Contains(LifecycleAction.ConfirmBusinessValidation, UseCaseLifecycle.AvailableTo(reworked, Submitter));
    }

    [Fact]
    public void A_rejected_or_retired_use_case_offers_nothing_to_anyone()
    {
        foreach (var state in new[] { UseCaseState.Rejected, UseCaseState.Retired })
        foreach (var (_, actor) in People)
            Assert.Empty(UseCaseLifecycle.AvailableTo(In(state), actor));
    }

    private static UseCaseRefusal? RefusalOf(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (UseCaseRefusedException refused)
        {
            return refused.Reason;
        }
    }
}
