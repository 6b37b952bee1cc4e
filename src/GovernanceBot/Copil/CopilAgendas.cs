using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Copil;

/// <summary>A session's agenda and the number of decisions taken since the previous session, for its KPI line.</summary>
public sealed record SessionAgenda(Agenda Agenda, int DecisionsSince);

/// <summary>
/// Puts a session's agenda together from storage: the cases in the agenda's states scored with the criteria
/// the central team rated, the open standards and actions, and the central team's edits to that session.
/// </summary>
public sealed class CopilAgendas(CopilRegistry registry, CopilNoteStore notes, CopilSessionStore sessions, PriorityScoring scoring)
{
    private static readonly UseCaseState[] AgendaStates = [UseCaseState.Evaluated, UseCaseState.Deferred, UseCaseState.InIndustrialisation, UseCaseState.InValidation];

    public async Task<SessionAgenda> BuildAsync(CopilSession session, DateTimeOffset? previous, CancellationToken cancellationToken)
    {
        var cases = await registry.InStatesAsync(AgendaStates, cancellationToken);
        var criteria = await sessions.AllCriteriaAsync(cancellationToken);
        var kept = (await notes.ListAsync(CopilNoteKind.Standard, cancellationToken)).Concat(await notes.ListAsync(CopilNoteKind.Action, cancellationToken));
        var previousDate = previous is { } p ? DateOnly.FromDateTime(p.UtcDateTime) : (DateOnly?)null;
        var agenda = AgendaBuilder.Build(session.Date, previousDate, cases, u => criteria.GetValueOrDefault(u.Id, CopilCriteria.None), scoring, kept, session.Adjustments);
        var decisions = KpiCalculator.Compute([.. await registry.SubmittedRecordsAsync(cancellationToken)], [], previous).DecisionsSince;
        return new SessionAgenda(agenda, decisions);
    }

    /// <summary>The evaluated and deferred cases ranked, each with the criteria rated for it.</summary>
    public async Task<IReadOnlyList<RankedUseCase>> RankAsync(IEnumerable<UseCaseState> states, CancellationToken cancellationToken)
    {
        var candidates = await registry.InStatesAsync(states, cancellationToken);
        var criteria = await sessions.AllCriteriaAsync(cancellationToken);
        return PriorityRanking.Rank(candidates, u => criteria.GetValueOrDefault(u.Id, CopilCriteria.None), scoring);
    }

    public async Task<PriorityScore> ScoreAsync(UseCase useCase, CancellationToken cancellationToken) =>
        scoring.Score(useCase, await sessions.GetCriteriaAsync(useCase.Id, cancellationToken));

    public PriorityScoring Scoring => scoring;
}
