using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Copil;

/// <summary>A stored use case with its append-only history: what every KPI is computed from.</summary>
public sealed record UseCaseRecord(UseCase UseCase, IReadOnlyList<HistoryEntry> History)
{
    /// <summary>The first time the history records <paramref name="what"/>, or null.</summary>
    public DateTimeOffset? First(HistoryEvent what) => History.Where(h => h.Event == what).Select(h => (DateTimeOffset?)h.At).Min();
}
