using GovernanceBot.Domain.UseCases;
using static GovernanceBot.Domain.Tests.UseCases.SampleUseCases;

namespace GovernanceBot.Domain.Tests.UseCases;

public class UseCaseWizardTests
{
    private static Dictionary<string, string?> ValuesOf(WizardStep step) =>
        UseCaseFields.Of(step).ToDictionary(f => f.Id, f => CompleteValues.GetValueOrDefault(f.Id));

    [Fact]
    public void A_new_draft_opens_on_the_first_step_with_a_created_line_in_history()
    {
        var start = UseCase.Start(Guid.NewGuid(), "retail-banking", Submitter, Monday);

        Assert.Equal((WizardStep.Value, UseCaseState.Draft, 1), (start.UseCase.Step, start.UseCase.State, start.UseCase.Revision));
        Assert.Null(start.UseCase.Number);
        Assert.Equal(new HistoryEntry(Monday, 1, "aad-alice", "Alice", HistoryEvent.Created, UseCaseState.Draft, UseCaseState.Draft), start.Entry);
    }

    [Fact]
    public void Next_saves_the_step_and_moves_on_through_every_step_to_the_review()
    {
        var draft = NewDraft();
        foreach (var step in Enum.GetValues<WizardStep>().Where(s => s != WizardStep.Review))
        {
            var outcome = draft.ApplyWizard(Submitter, step, ValuesOf(step), WizardMove.Next, Monday);
            Assert.True(outcome.Moved, string.Join(", ", outcome.Errors));
            draft = outcome.UseCase;
        }

        Assert.Equal(WizardStep.Review, draft.Step);
        Assert.Equal(CompleteContent(), draft.Content);
        Assert.Empty(UseCaseForm.SubmissionBlockers(draft.Content));
    }

    [Fact]
    public void Next_with_an_empty_required_field_stays_on_the_step_but_keeps_what_was_typed()
    {
        var posted = ValuesOf(WizardStep.Value);
        posted["logicComment"] = "";

        var outcome = NewDraft().ApplyWizard(Submitter, WizardStep.Value, posted, WizardMove.Next, Monday);

        Assert.Equal([new FieldError("logicComment", FieldErrorCode.Required)], outcome.Errors);
        Assert.Equal(WizardStep.Value, outcome.UseCase.Step);
        Assert.Equal("Churn early warning", outcome.UseCase.Content.Value.Title);
        Assert.Equal(2, outcome.UseCase.Revision);
    }

    [Fact]
    public void Save_and_quit_and_back_keep_valid_values_without_requiring_anything()
    {
        var draft = NewDraft() with { Step = WizardStep.Feasibility };

        var saved = draft.ApplyWizard(Submitter, WizardStep.Feasibility, new Dictionary<string, string?> { ["verdict"] = "NotFeasible" }, WizardMove.SaveAndQuit, Monday);
        var back = saved.UseCase.ApplyWizard(Submitter, WizardStep.Feasibility, new Dictionary<string, string?> { ["complexity"] = "High" }, WizardMove.Back, Monday);

        Assert.True(saved.Moved);
        Assert.Equal(WizardStep.Feasibility, saved.UseCase.Step);
        Assert.Equal(WizardStep.Value, back.UseCase.Step);
        Assert.Equal((FeasibilityVerdict.NotFeasible, ComplexityLevel.High), (back.UseCase.Content.Feasibility.Verdict, back.UseCase.Content.Feasibility.Complexity));
    }

    [Fact]
    public void A_refused_value_keeps_the_draft_on_its_step_whatever_the_button()
    {
        var draft = NewDraft() with { Step = WizardStep.Scope };

        var outcome = draft.ApplyWizard(Submitter, WizardStep.Scope, new Dictionary<string, string?> { ["effortDays"] = "-4", ["assumptions"] = "Data is clean" }, WizardMove.Back, Monday);

        Assert.Equal([new FieldError("effortDays", FieldErrorCode.OutOfRange, UseCaseFields.MaxEffortDays)], outcome.Errors);
        Assert.Equal(WizardStep.Scope, outcome.UseCase.Step);
        Assert.Equal("Data is clean", outcome.UseCase.Content.Scope.Assumptions);
    }

    [Fact]
    public void The_review_links_jump_to_a_step()
    {
        var outcome = CompleteDraft().ApplyWizard(Submitter, WizardStep.Review, new Dictionary<string, string?>(), WizardMove.GoTo, Monday, WizardStep.Canvas);

        Assert.Equal(WizardStep.Canvas, outcome.UseCase.Step);
    }

    [Fact]
    public void Nothing_changed_means_no_new_revision()
    {
        var draft = NewDraft();

        Assert.Same(draft, draft.ApplyWizard(Submitter, WizardStep.Value, new Dictionary<string, string?>(), WizardMove.SaveAndQuit, Monday).UseCase);
    }

    [Fact]
    public void Only_the_hub_may_edit_and_only_while_the_case_is_a_draft()
    {
        var empty = new Dictionary<string, string?> { ["title"] = "x" };

        Assert.Equal(UseCaseRefusal.NotAllowed, Assert.Throws<UseCaseRefusedException>(() => NewDraft().ApplyWizard(OtherHub, WizardStep.Value, empty, WizardMove.Next, Monday)).Reason);
        Assert.Equal(UseCaseRefusal.NotAllowed, Assert.Throws<UseCaseRefusedException>(() => NewDraft().ApplyWizard(Evaluator, WizardStep.Value, empty, WizardMove.Next, Monday)).Reason);
        Assert.Equal(UseCaseRefusal.NotEditable, Assert.Throws<UseCaseRefusedException>(() => In(UseCaseState.Submitted).ApplyWizard(Submitter, WizardStep.Value, empty, WizardMove.Next, Monday)).Reason);
        Assert.True(NewDraft().ApplyWizard(HubColleague, WizardStep.Value, empty, WizardMove.SaveAndQuit, Monday).Moved);
    }

    [Fact]
    public void A_card_from_an_older_revision_is_recognised_as_stale()
    {
        var draft = NewDraft().ApplyWizard(Submitter, WizardStep.Value, new Dictionary<string, string?> { ["title"] = "x" }, WizardMove.SaveAndQuit, Monday).UseCase;

        draft.EnsureCurrent(2);
        var stale = Assert.Throws<StaleUseCaseException>(() => draft.EnsureCurrent(1));
        Assert.Equal((1, 2), (stale.CardRevision, stale.CurrentRevision));
    }

    [Fact]
    public void Sent_back_cases_are_editable_again_show_the_questions_and_keep_their_number_when_resubmitted()
    {
        var submitted = In(UseCaseState.Submitted);
        var sentBack = submitted.Apply(LifecycleAction.SendBack, Evaluator, new TransitionRequest("Which branches?"), Monday.AddDays(2)).UseCase;

        Assert.Equal((UseCaseState.Draft, "Which branches?"), (sentBack.State, sentBack.OpenQuestions));
        var edited = sentBack.ApplyWizard(Submitter, WizardStep.Scope, new Dictionary<string, string?> { ["assumptions"] = "All branches" }, WizardMove.GoTo, Monday.AddDays(3), WizardStep.Review).UseCase;
        var resubmitted = edited.Apply(LifecycleAction.Submit, Submitter, TransitionRequest.None, Monday.AddDays(3), new UseCaseNumber(2026, 99)).UseCase;

        Assert.Equal(submitted.Number, resubmitted.Number);
        Assert.Null(resubmitted.OpenQuestions);
        Assert.Equal(UseCaseState.Submitted, resubmitted.State);
    }
}
