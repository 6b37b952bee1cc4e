using GovernanceBot.Domain.UseCases;
using static GovernanceBot.Domain.Tests.UseCases.SampleUseCases;

namespace GovernanceBot.Domain.Tests.UseCases;

public class UseCaseJourneyTests
{
    [Fact]
    public void Idea_to_retirement_records_every_step_with_who_when_from_to_and_why()
    {
        var history = new List<HistoryEntry>();
        var now = Monday;
        var useCase = CompleteDraft();
        void Do(LifecycleAction action, UseCaseActor actor, TransitionRequest? request = null)
        {
            var change = useCase.Apply(action, actor, request ?? TransitionRequest.None, now = now.AddDays(7), new UseCaseNumber(2026, 42));
            history.Add(change.Entry);
            useCase = change.UseCase;
        }

        Do(LifecycleAction.Submit, Submitter);
        Do(LifecycleAction.Take, Evaluator);
        var rated = useCase.Rate(Evaluator, FullRatings, now);
        history.Add(rated.Entry);
        useCase = rated.UseCase;
        Do(LifecycleAction.MarkEvaluated, Evaluator);
        Do(LifecycleAction.Prioritise, CopilMember, new TransitionRequest("Top of the roadmap"));
        Do(LifecycleAction.StartIndustrialisation, Evaluator);
        Do(LifecycleAction.RequestValidation, Evaluator);
        Do(LifecycleAction.ConfirmBusinessValidation, HubColleague);
        Do(LifecycleAction.ConfirmSecurityReview, Evaluator);
        Do(LifecycleAction.GoLive, Evaluator);
        Do(LifecycleAction.Retire, CopilMember, new TransitionRequest("Replaced"));

        Assert.Equal("UC-2026-0042", useCase.Number.ToString());
        Assert.Equal(UseCaseState.Retired, useCase.State);
        Assert.Equal(
            [UseCaseState.Submitted, UseCaseState.InEvaluation, UseCaseState.InEvaluation, UseCaseState.Evaluated, UseCaseState.Prioritised, UseCaseState.InIndustrialisation,
             UseCaseState.InValidation, UseCaseState.InValidation, UseCaseState.InValidation, UseCaseState.InProduction, UseCaseState.Retired],
            history.Select(h => h.To));
        Assert.Equal(UseCaseState.Draft, history[0].From);
        Assert.Equal(("aad-fay", "Top of the roadmap"), (history[4].ActorKey, history[4].Comment));
        Assert.Equal(Monday.AddDays(7), history[0].At);
        Assert.Equal(useCase.Revision, history[^1].Revision);
        Assert.Equal(now, useCase.StateSince);
        Assert.Equal(Monday.AddDays(7), useCase.SubmittedAt);
        Assert.Equal(LifecyclePhase.ProductionAndMonitoring, useCase.Phase);
        Assert.Equal(DateOnly.FromDateTime(Monday.AddDays(63).UtcDateTime), useCase.Production.GoLiveDate);
    }

    [Fact]
    public void Taking_a_case_makes_the_evaluator_its_owner()
    {
        var taken = In(UseCaseState.Submitted).Apply(LifecycleAction.Take, Evaluator, TransitionRequest.None, Monday.AddDays(1)).UseCase;

        Assert.Equal(("aad-dan", "Dan", UseCaseState.InEvaluation), (taken.OwnerKey, taken.OwnerName, taken.State));
    }

    [Fact]
    public void Only_the_owner_rates_and_only_during_evaluation()
    {
        var taken = In(UseCaseState.InEvaluation);
        var ratings = new Dictionary<EvaluationAxis, AxisRating> { [EvaluationAxis.ReusePotential] = new(5, null) };

        Assert.Equal(UseCaseRefusal.NotOwner, Assert.Throws<UseCaseRefusedException>(() => taken.Rate(SecondEvaluator, ratings, Monday)).Reason);
        Assert.Equal(UseCaseRefusal.NotAllowed, Assert.Throws<UseCaseRefusedException>(() => taken.Rate(Submitter, ratings, Monday)).Reason);
        Assert.Equal(UseCaseRefusal.WrongState, Assert.Throws<UseCaseRefusedException>(() => In(UseCaseState.Evaluated).Rate(Evaluator, ratings, Monday)).Reason);
        Assert.Throws<ArgumentOutOfRangeException>(() => taken.Rate(Evaluator, new Dictionary<EvaluationAxis, AxisRating> { [EvaluationAxis.ReusePotential] = new(6, null) }, Monday));
        Assert.Equal(5, taken.Rate(Evaluator, ratings, Monday).UseCase.Evaluation.RatingOf(EvaluationAxis.ReusePotential)!.Rating);
    }

    [Fact]
    public void Phase_mlops_level_and_production_facts_are_edited_by_the_right_roles_and_recorded()
    {
        var building = In(UseCaseState.InIndustrialisation);

        var phase = building.SetPhase(Submitter, LifecyclePhase.DataExploration, Monday);
        var level = building.SetMlopsLevel(Evaluator, MlopsLevel.Level1, Monday);
        var facts = building.SetProductionFacts(Evaluator, new ProductionFacts { SupportContact = " ops@example.org ", MonitoringUrl = "https://grafana.example.org/d/churn" }, Monday);

        Assert.Equal((HistoryEvent.PhaseChanged, "DataExploration"), (phase.Entry.Event, phase.Entry.Value));
        Assert.Equal(MlopsLevel.Level1, level.UseCase.MlopsLevel);
        Assert.Equal("ops@example.org", facts.UseCase.Production.SupportContact);
        Assert.Equal(UseCaseRefusal.NotAllowed, Assert.Throws<UseCaseRefusedException>(() => building.SetMlopsLevel(Submitter, MlopsLevel.Level2, Monday)).Reason);
        Assert.Equal(UseCaseRefusal.NotAllowed, Assert.Throws<UseCaseRefusedException>(() => building.SetPhase(CopilMember, LifecyclePhase.PrototypePoc, Monday)).Reason);
        Assert.Throws<ArgumentException>(() => building.SetProductionFacts(Evaluator, new ProductionFacts { MonitoringUrl = "grafana" }, Monday));
        Assert.Equal(UseCaseRefusal.WrongState, Assert.Throws<UseCaseRefusedException>(() => In(UseCaseState.Retired).SetPhase(Evaluator, LifecyclePhase.PrototypePoc, Monday)).Reason);
    }

    [Fact]
    public void Drafts_are_visible_to_their_hub_only_and_submitted_cases_to_the_governance_roles_too()
    {
        var draft = NewDraft();
        var submitted = In(UseCaseState.Submitted);
        var sentBack = submitted.Apply(LifecycleAction.SendBack, Evaluator, new TransitionRequest("?"), Monday.AddDays(1)).UseCase;

        Assert.True(HubColleague.CanView(draft));
        Assert.False(Evaluator.CanView(draft));
        Assert.False(OtherHub.CanView(submitted));
        Assert.True(CopilMember.CanView(submitted));
        Assert.True(Evaluator.CanView(sentBack));
        Assert.True((OtherHub with { SeesEveryUseCase = true }).CanView(submitted));
    }
}
