using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Copil;

/// <summary>
/// Compares the cases with each other (DESIGN §4.9). Cases with both scores come first, by the mean of the
/// two; a tie goes to the higher value, then the higher feasibility, then the earlier submission, then the
/// number — so the order never depends on storage order. Cases with one score follow (by that score), then
/// cases with none, so a gap in the data pushes a case down but never off the list.
/// </summary>
public static class PriorityRanking
{
    public static IReadOnlyList<RankedUseCase> Rank(IEnumerable<UseCase> useCases, Func<UseCase, CopilCriteria> criteria, PriorityScoring scoring)
    {
        var scored = useCases.Select(u => (UseCase: u, Score: scoring.Score(u, criteria(u)))).ToList();
        var ordered = scored
            .OrderBy(s => Completeness(s.Score))
            .ThenByDescending(s => s.Score.Combined ?? s.Score.Value.Score ?? s.Score.Feasibility.Score ?? 0)
            .ThenByDescending(s => s.Score.Value.Score ?? -1)
            .ThenByDescending(s => s.Score.Feasibility.Score ?? -1)
            .ThenBy(s => s.UseCase.SubmittedAt ?? DateTimeOffset.MaxValue)
            .ThenBy(s => s.UseCase.Number?.Year ?? int.MaxValue)
            .ThenBy(s => s.UseCase.Number?.Sequence ?? int.MaxValue)
            .ThenBy(s => s.UseCase.Id);
        return [.. ordered.Select((s, i) => new RankedUseCase(i + 1, s.UseCase, s.Score))];
    }

    private static int Completeness(PriorityScore score) => (score.Value.IsKnown, score.Feasibility.IsKnown) switch
    {
        (true, true) => 0,
        (false, false) => 2,
        _ => 1,
    };
}
