using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Tests.Copil;

public class KpiCalculatorTests
{
    [Fact]
    public void An_empty_history_has_no_ratio_and_no_median_rather_than_zeros()
    {
        var kpis = KpiCalculator.Compute([], []);

        Assert.Equal((0, 0), (kpis.Pocs, kpis.ReachedProduction));
        Assert.Null(kpis.ConversionRate);
        Assert.Equal(0, kpis.TimeToMarket.Count);
        Assert.Null(kpis.TimeToMarket.MedianDays);
        Assert.Null(kpis.EvaluationLeadTime.MedianDays);
        Assert.All(kpis.TimeToMarket.Distribution, b => Assert.Equal(0, b.Count));
        Assert.Empty(kpis.ByStatus);
        Assert.Empty(kpis.ByHub);
        Assert.Empty(kpis.MaturityByHub);
        Assert.Empty(kpis.Adoption);
        Assert.Equal((0, 0), (kpis.CompleteSubmissions, kpis.IncompleteSubmissions));
    }

    [Fact]
    public void One_live_case_is_its_own_median_and_a_full_conversion()
    {
        var kpis = KpiCalculator.Compute([GeneratedHistory.Case("retail", submitAfter: 10, evaluateAfter: 14, liveAfter: 120, kpiValues: "adoption 80 %")], []);

        Assert.Equal(1.0, kpis.ConversionRate);
        Assert.Equal(120, kpis.TimeToMarket.MedianDays);
        Assert.Equal((120.0, 120.0), (kpis.TimeToMarket.ShortestDays!.Value, kpis.TimeToMarket.LongestDays!.Value));
        Assert.Equal(14, kpis.EvaluationLeadTime.MedianDays);
        Assert.Equal("adoption 80 %", Assert.Single(kpis.Adoption).KpiValues);
        Assert.Equal(1, kpis.ByStatus[UseCaseState.InProduction]);
    }

    [Fact]
    public void A_generated_history_gives_the_known_conversion_medians_and_distribution()
    {
        // Ten submitted cases across two hubs; four went live after 30, 60, 90 and 200 days; one draft never submitted.
        int?[] live = [30, 60, 90, 200, null, null, null, null, null, null];
        int[] evaluation = [5, 7, 9, 11, 13, 20, 21, 22, 30, 40];
        var records = live.Select((l, i) => GeneratedHistory.Case(i % 2 == 0 ? "retail" : "insurance", createdDay: i, submitAfter: 2, evaluateAfter: evaluation[i], liveAfter: l, sequence: i + 1)).ToList();
        records.Add(GeneratedHistory.Case("retail", submitAfter: null));

        var kpis = KpiCalculator.Compute(records, []);

        Assert.Equal((10, 4), (kpis.Pocs, kpis.ReachedProduction));
        Assert.Equal(0.4, kpis.ConversionRate!.Value, 9);
        Assert.Equal(75, kpis.TimeToMarket.MedianDays);
        Assert.Equal([1, 2, 0, 1, 0], kpis.TimeToMarket.Distribution.Select(b => b.Count));
        Assert.Equal(16.5, kpis.EvaluationLeadTime.MedianDays);
        Assert.Equal(10, kpis.EvaluationLeadTime.Count);
        Assert.Equal(4, kpis.ByStatus[UseCaseState.InProduction]);
        Assert.Equal(6, kpis.ByStatus[UseCaseState.Evaluated]);
        Assert.False(kpis.ByStatus.ContainsKey(UseCaseState.Draft));
        Assert.Equal([new HubCount("insurance", 5, 2), new HubCount("retail", 5, 2)], kpis.ByHub);
    }

    [Fact]
    public void Only_production_cases_with_recorded_facts_are_adoption_facts()
    {
        var kpis = KpiCalculator.Compute(
        [
            GeneratedHistory.Case("retail", liveAfter: 50, kpiValues: "churn −3 pts"),
            GeneratedHistory.Case("retail", liveAfter: 60),
            GeneratedHistory.Case("retail", evaluateAfter: 5, kpiValues: "not live yet"),
        ], []);

        Assert.Equal(["churn −3 pts"], kpis.Adoption.Select(a => a.KpiValues));
    }

    [Fact]
    public void Maturity_by_hub_keeps_each_hubs_latest_assessment()
    {
        var at = GeneratedHistory.Start;
        var kpis = KpiCalculator.Compute([], [new("retail", at, 40), new("retail", at.AddDays(90), 55), new("insurance", at.AddDays(10), 70), new("retail", at.AddDays(30), 90)]);

        Assert.Equal([new HubMaturity("insurance", at.AddDays(10), 70), new HubMaturity("retail", at.AddDays(90), 55)], kpis.MaturityByHub);
    }

    [Fact]
    public void Submissions_with_every_applicable_field_are_complete_the_others_incomplete()
    {
        var kpis = KpiCalculator.Compute([GeneratedHistory.Case("retail"), GeneratedHistory.Case("retail", complete: false), GeneratedHistory.Case("retail", submitAfter: null, complete: false)], []);

        Assert.Equal((1, 1), (kpis.CompleteSubmissions, kpis.IncompleteSubmissions));
    }

    [Fact]
    public void Decisions_since_the_last_session_count_only_later_copil_decisions()
    {
        var record = GeneratedHistory.Case("retail");
        var at = GeneratedHistory.Start;
        record = record with
        {
            History =
            [
                .. record.History,
                new HistoryEntry(at.AddDays(10), 5, "aad-fay", "Fay", HistoryEvent.Deferred, UseCaseState.Evaluated, UseCaseState.Deferred, Date: new DateOnly(2025, 6, 1)),
                new HistoryEntry(at.AddDays(40), 6, "aad-fay", "Fay", HistoryEvent.Prioritised, UseCaseState.Deferred, UseCaseState.Prioritised),
            ],
        };

        Assert.Equal(2, KpiCalculator.Compute([record], []).DecisionsSince);
        Assert.Equal(1, KpiCalculator.Compute([record], [], since: at.AddDays(20)).DecisionsSince);
    }
}
