using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.Tests.UseCases;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Tests.Copil;

public class AgendaBuilderTests
{
    private static readonly PriorityScoring Scoring = new(PriorityWeights.Default, IndustrialisationScoring.Default);
    private static readonly DateTimeOffset At = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Agenda Build(DateOnly session, IEnumerable<UseCase> cases, IEnumerable<CopilNote>? notes = null, AgendaAdjustments? adjustments = null) =>
        AgendaBuilder.Build(session, null, cases, _ => CopilCriteria.None, Scoring, notes ?? [], adjustments ?? AgendaAdjustments.None);

    private static UseCase DeferredUntil(DateOnly revisit) => SampleUseCases.In(UseCaseState.Deferred) with { Id = Guid.NewGuid(), DeferredUntil = revisit };

    private static CopilNote Note(CopilNoteKind kind, int number, string text, bool closed = false) =>
        new(Guid.NewGuid(), kind, number, text, "aad-dan", "Dan", At, closed ? At.AddDays(1) : null);

    [Fact]
    public void Evaluated_cases_await_a_decision_and_others_do_not()
    {
        var evaluated = SampleUseCases.In(UseCaseState.Evaluated);
        var agenda = Build(new DateOnly(2026, 4, 10), [evaluated, SampleUseCases.In(UseCaseState.Submitted), SampleUseCases.In(UseCaseState.Rejected)]);

        Assert.Equal([evaluated.Id], agenda.AwaitingDecision.Select(r => r.UseCase.Id));
    }

    [Fact]
    public void A_deferred_case_comes_back_on_the_first_session_on_or_after_its_revisit_date()
    {
        var deferred = DeferredUntil(new DateOnly(2026, 6, 1));
        DateOnly[] sessions = [new(2026, 4, 10), new(2026, 5, 10), new(2026, 6, 10), new(2026, 7, 10)];

        var shown = sessions.Where(s => Build(s, [deferred]).AwaitingDecision.Count == 1).ToList();

        Assert.Equal(new DateOnly(2026, 6, 10), shown.First());
        Assert.DoesNotContain(new DateOnly(2026, 5, 10), shown);
    }

    [Fact]
    public void Industrialising_cases_come_with_their_blockers()
    {
        var validating = SampleUseCases.In(UseCaseState.InValidation);
        var weak = SampleUseCases.In(UseCaseState.InIndustrialisation) is var i
            ? i with { Id = Guid.NewGuid(), Evaluation = i.Evaluation.With(EvaluationAxis.StandardsCompliance, new AxisRating(1, "No security review yet.")) }
            : null!;

        var agenda = Build(new DateOnly(2026, 4, 10), [validating, weak]);

        var blockers = agenda.InIndustrialisation.ToDictionary(x => x.UseCase.Id, x => x.Blockers);
        Assert.Equal([BlockerKind.BusinessValidationPending, BlockerKind.SecurityReviewPending], blockers[validating.Id].Select(b => b.Kind));
        Assert.Equal(new Blocker(BlockerKind.WeakAxis, EvaluationAxis.StandardsCompliance, "No security review yet."), Assert.Single(blockers[weak.Id]));
    }

    [Fact]
    public void Open_standards_and_actions_are_listed_closed_ones_are_not()
    {
        var agenda = Build(new DateOnly(2026, 4, 10), [],
            [Note(CopilNoteKind.Action, 2, "Send the drift report"), Note(CopilNoteKind.Standard, 1, "Model cards for every model"), Note(CopilNoteKind.Action, 1, "Done already", closed: true)]);

        Assert.Equal(["Model cards for every model"], agenda.Standards.Select(n => n.Text));
        Assert.Equal(["Send the drift report"], agenda.Actions.Select(n => n.Text));
    }

    [Fact]
    public void The_central_team_removes_and_adds_items_before_posting_and_can_undo()
    {
        var evaluated = SampleUseCases.In(UseCaseState.Evaluated);
        var action = Note(CopilNoteKind.Action, 4, "Budget review");
        var edits = AgendaAdjustments.None.Remove(AgendaKeys.Decision(evaluated)).Remove(AgendaKeys.Note(action)).Remove(AgendaKeys.Kpis).Add("  Welcome   the new hub  ");

        var edited = Build(new DateOnly(2026, 4, 10), [evaluated], [action], edits);
        var undone = Build(new DateOnly(2026, 4, 10), [evaluated], [action], edits.Restore(AgendaKeys.Decision(evaluated)).Restore(AgendaKeys.Extra(0)));

        Assert.Empty(edited.AwaitingDecision);
        Assert.Empty(edited.Actions);
        Assert.False(edited.ShowKpis);
        Assert.Equal(["Welcome the new hub"], edited.Added);
        Assert.Single(undone.AwaitingDecision);
        Assert.Empty(undone.Added);
    }

    [Fact]
    public void Added_items_must_have_text_and_stay_few()
    {
        Assert.Throws<ArgumentException>(() => AgendaAdjustments.None.Add("   "));
        Assert.Throws<ArgumentException>(() => AgendaAdjustments.None.Add(new string('x', CopilNote.TextLength + 1)));
        var full = Enumerable.Range(0, AgendaAdjustments.MaxAdded).Aggregate(AgendaAdjustments.None, (a, i) => a.Add($"item {i}"));
        Assert.Throws<ArgumentException>(() => full.Add("one more"));
    }

    [Fact]
    public void An_agenda_with_nothing_to_discuss_says_so()
    {
        Assert.True(Build(new DateOnly(2026, 4, 10), [], adjustments: AgendaAdjustments.None.Remove(AgendaKeys.Kpis)).IsEmpty);
        Assert.False(Build(new DateOnly(2026, 4, 10), []).IsEmpty);
    }
}
