namespace GovernanceBot.Domain.Copil;

/// <summary>The decisions of one session, as the digest lists them: prioritised by rank, then deferred by revisit date, then rejected.</summary>
public static class DecisionDigest
{
    public static IReadOnlyList<CopilDecision> Order(IEnumerable<DecisionSlot> slots) =>
    [
        .. slots.Where(s => s.Decision is not null).Select(s => s.Decision!)
            .OrderBy(d => d.Kind)
            .ThenBy(d => d.Rank ?? int.MaxValue)
            .ThenBy(d => d.RevisitOn ?? DateOnly.MaxValue)
            .ThenBy(d => d.At),
    ];
}
