using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Copil;

/// <summary>Puts a session's agenda together from the registry, the Copil's notes and the central team's edits.</summary>
public static class AgendaBuilder
{
    public static Agenda Build(
        DateOnly sessionDate,
        DateOnly? previousSessionDate,
        IEnumerable<UseCase> useCases,
        Func<UseCase, CopilCriteria> criteria,
        PriorityScoring scoring,
        IEnumerable<CopilNote> notes,
        AgendaAdjustments adjustments)
    {
        var all = useCases.ToList();
        var open = notes.Where(n => n.IsOpen).OrderBy(n => n.Number).ToList();
        bool Kept(string key) => !adjustments.Removed.Contains(key);
        var awaiting = PriorityRanking.Rank(all.Where(u => AwaitsDecision(u, sessionDate) && Kept(AgendaKeys.Decision(u))), criteria, scoring);
        return new Agenda(
            sessionDate,
            previousSessionDate,
            Kept(AgendaKeys.Kpis),
            awaiting,
            [
                .. all.Where(u => u.State is UseCaseState.InIndustrialisation or UseCaseState.InValidation && Kept(AgendaKeys.Industrialisation(u)))
                    .OrderBy(u => u.StateSince).ThenBy(u => u.Id)
                    .Select(u => new IndustrialisationItem(u, Blocker.Of(u))),
            ],
            [.. open.Where(n => n.Kind == CopilNoteKind.Standard && Kept(AgendaKeys.Note(n)))],
            [.. open.Where(n => n.Kind == CopilNoteKind.Action && Kept(AgendaKeys.Note(n)))],
            adjustments.Added);
    }

    /// <summary>
    /// Evaluated cases await a decision; a deferred case comes back once its revisit date has come, i.e. on
    /// the first session held on or after that date (and on each later one until it is decided again).
    /// </summary>
    public static bool AwaitsDecision(UseCase useCase, DateOnly sessionDate) =>
        useCase.State == UseCaseState.Evaluated
        || (useCase.State == UseCaseState.Deferred && useCase.DeferredUntil is { } revisit && revisit <= sessionDate);
}
