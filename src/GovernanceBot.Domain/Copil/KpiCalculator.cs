using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Copil;

/// <summary>Computes <see cref="CopilKpis"/> from use-case records and maturity assessments.</summary>
public static class KpiCalculator
{
    private static readonly HistoryEvent[] CopilDecisions = [HistoryEvent.Prioritised, HistoryEvent.Deferred, HistoryEvent.Rejected];

    public static CopilKpis Compute(IReadOnlyCollection<UseCaseRecord> records, IReadOnlyCollection<HubMaturity> assessments, DateTimeOffset? since = null)
    {
        var submitted = records.Where(r => r.UseCase.Number is not null || r.First(HistoryEvent.Submitted) is not null).ToList();
        var live = submitted.Where(r => r.First(HistoryEvent.WentLive) is not null).ToList();
        var evaluated = submitted
            .Select(r => (Submitted: r.First(HistoryEvent.Submitted), Evaluated: r.First(HistoryEvent.Evaluated)))
            .Where(p => p.Submitted is not null && p.Evaluated is not null && p.Evaluated >= p.Submitted)
            .Select(p => p.Evaluated!.Value - p.Submitted!.Value);
        var complete = submitted.Count(r => IsWellDocumented(r.UseCase.Content));

        return new CopilKpis
        {
            Pocs = submitted.Count,
            ReachedProduction = live.Count,
            TimeToMarket = DurationStats.Of(live.Select(r => r.First(HistoryEvent.WentLive)!.Value - (r.First(HistoryEvent.Created) ?? r.UseCase.CreatedAt))),
            EvaluationLeadTime = DurationStats.Of(evaluated),
            ByStatus = submitted.GroupBy(r => r.UseCase.State).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count()),
            ByHub =
            [
                .. submitted.GroupBy(r => r.UseCase.HubId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new HubCount(g.Key, g.Count(), g.Count(r => r.UseCase.State == UseCaseState.InProduction))),
            ],
            MaturityByHub =
            [
                .. assessments.GroupBy(a => a.HubId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => g.OrderByDescending(a => a.CompletedAt).First()),
            ],
            Adoption =
            [
                .. submitted.Select(r => r.UseCase)
                    .Where(u => u.State == UseCaseState.InProduction && !string.IsNullOrWhiteSpace(u.Production.KpiValues))
                    .OrderBy(u => u.Production.GoLiveDate).ThenBy(u => u.Title, StringComparer.Ordinal)
                    .Select(u => new AdoptionFact(u.Id, u.Title, u.Number, u.HubId, u.Production.KpiValues!, u.Production.GoLiveDate)),
            ],
            CompleteSubmissions = complete,
            IncompleteSubmissions = submitted.Count - complete,
            DecisionsSince = records.Sum(r => r.History.Count(h => CopilDecisions.Contains(h.Event) && (since is null || h.At >= since))),
        };
    }

    /// <summary>
    /// A well-documented submission (DESIGN §8) fills in every field of the form, optional ones included:
    /// the wizard's required fields only make a submission possible, not complete.
    /// </summary>
    public static bool IsWellDocumented(UseCaseContent content) =>
        UseCaseFields.All.Where(f => f.AppliesTo(content)).All(f => f.ValueIn(content) is not null);
}
