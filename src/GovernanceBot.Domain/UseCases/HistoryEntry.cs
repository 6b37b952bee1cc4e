namespace GovernanceBot.Domain.UseCases;

/// <summary>
/// One append-only history line: when (exact instant, which feeds time-to-market and lead-time KPIs), who,
/// what, from which state to which, why, and the new value for edits (phase, MLOps level). <see cref="Revision"/> is the use case's revision it produced.
/// </summary>
public sealed record HistoryEntry(
    DateTimeOffset At,
    int Revision,
    string ActorKey,
    string? ActorName,
    HistoryEvent Event,
    UseCaseState From,
    UseCaseState To,
    string? Comment = null,
    DateOnly? Date = null,
    string? Value = null);
