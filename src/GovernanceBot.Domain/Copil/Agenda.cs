using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Copil;

/// <summary>
/// A session's agenda (DESIGN §5): KPIs since the previous session, the use cases awaiting a decision
/// (ranked, one decision card each), those in industrialisation with their blockers, the standards to
/// validate, the open actions, and what the central team added.
/// </summary>
public sealed record Agenda(
    DateOnly SessionDate,
    DateOnly? PreviousSessionDate,
    bool ShowKpis,
    IReadOnlyList<RankedUseCase> AwaitingDecision,
    IReadOnlyList<IndustrialisationItem> InIndustrialisation,
    IReadOnlyList<CopilNote> Standards,
    IReadOnlyList<CopilNote> Actions,
    IReadOnlyList<string> Added)
{
    public bool IsEmpty => !ShowKpis && AwaitingDecision.Count == 0 && InIndustrialisation.Count == 0 && Standards.Count == 0 && Actions.Count == 0 && Added.Count == 0;
}

/// <summary>A use case being industrialised and what blocks it.</summary>
public sealed record IndustrialisationItem(UseCase UseCase, IReadOnlyList<Blocker> Blockers);
