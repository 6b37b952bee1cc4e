namespace GovernanceBot.Domain.Newsletter.Facts;

/// <summary>
/// What a rewrite did to the original's facts: those it lost (or changed) and those it brought in that the
/// original never stated. Either refuses the rewrite.
/// </summary>
public sealed record FactCheckResult(IReadOnlyList<TextFact> Missing, IReadOnlyList<TextFact> Added)
{
    public bool Preserved => Missing.Count == 0 && Added.Count == 0;
}
