using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.Tests.UseCases;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Tests.Copil;

public class PriorityRankingTests
{
    private static readonly PriorityScoring Scoring = new(PriorityWeights.Default, IndustrialisationScoring.Default);
    private static readonly UseCase Base = SampleUseCases.In(UseCaseState.Evaluated);

    private static UseCase Case(string title, Rating? tld, FeasibilityVerdict? verdict, bool rated = true, int sequence = 1, int submittedDay = 1) => Base with
    {
        Id = Guid.NewGuid(),
        Number = new UseCaseNumber(2026, sequence),
        SubmittedAt = SampleUseCases.Monday.AddDays(submittedDay),
        Evaluation = rated ? Base.Evaluation : IndustrialisationEvaluation.Empty,
        Content = Base.Content with
        {
            Value = Base.Content.Value with { Title = title, Time = tld, Logic = tld, Data = tld },
            Feasibility = rated || verdict is not null ? Base.Content.Feasibility with { Verdict = verdict } : new Feasibility(),
        },
    };

    private static IReadOnlyList<string> Titles(params UseCase[] cases) =>
        [.. PriorityRanking.Rank(cases, _ => CopilCriteria.None, Scoring).Select(r => r.UseCase.Title)];

    [Fact]
    public void Higher_combined_score_ranks_first_and_positions_start_at_one()
    {
        var ranked = PriorityRanking.Rank([Case("low", Rating.Low, FeasibilityVerdict.NotFeasible), Case("high", Rating.High, FeasibilityVerdict.Feasible)], _ => CopilCriteria.None, Scoring);

        Assert.Equal(["high", "low"], ranked.Select(r => r.UseCase.Title));
        Assert.Equal([1, 2], ranked.Select(r => r.Position));
    }

    [Fact]
    public void Equal_scores_go_to_the_earlier_submission_then_the_lower_number_whatever_the_input_order()
    {
        var late = Case("late", Rating.Medium, FeasibilityVerdict.Feasible, sequence: 1, submittedDay: 5);
        var early = Case("early", Rating.Medium, FeasibilityVerdict.Feasible, sequence: 9, submittedDay: 2);
        var sameDayHigherNumber = Case("same-day-9", Rating.Medium, FeasibilityVerdict.Feasible, sequence: 9, submittedDay: 5);

        Assert.Equal(["early", "late", "same-day-9"], Titles(sameDayHigherNumber, late, early));
        Assert.Equal(["early", "late", "same-day-9"], Titles(early, sameDayHigherNumber, late));
    }

    [Fact]
    public void Equal_means_go_to_the_higher_value()
    {
        // Weighting value and feasibility alike, only the axes differ: higher value wins the tie.
        var scoring = new PriorityScoring(PriorityWeights.Default with { Roi = 0, BusinessCriticality = 0, StrategicAlignment = 0, DataAvailability = 0, ComparableCases = 0, Complexity = 0, Industrialisation = 0 }, IndustrialisationScoring.Default);
        var valuable = Case("valuable", Rating.High, FeasibilityVerdict.FeasibleWithConditions, submittedDay: 9);
        var easy = Case("easy", Rating.Medium, FeasibilityVerdict.Feasible, submittedDay: 1);

        var ranked = PriorityRanking.Rank([easy, valuable], _ => CopilCriteria.None, scoring);

        Assert.Equal(ranked[0].Score.Combined, ranked[1].Score.Combined);
        Assert.Equal(["valuable", "easy"], ranked.Select(r => r.UseCase.Title));
    }

    [Fact]
    public void Cases_with_missing_data_come_after_complete_ones_but_stay_on_the_list()
    {
        var complete = Case("complete", Rating.Low, FeasibilityVerdict.NotFeasible);
        var noFeasibility = Case("value only", Rating.High, null, rated: false);
        var nothing = Case("nothing", null, null, rated: false);

        var ranked = PriorityRanking.Rank([nothing, noFeasibility, complete], _ => CopilCriteria.None, Scoring);

        Assert.Equal(["complete", "value only", "nothing"], ranked.Select(r => r.UseCase.Title));
        Assert.Equal(Quadrant.NotPlaced, ranked[1].Score.Quadrant);
    }

    [Fact]
    public void Copil_criteria_can_reorder_cases()
    {
        var a = Case("a", Rating.Medium, FeasibilityVerdict.Feasible, submittedDay: 1);
        var b = Case("b", Rating.Medium, FeasibilityVerdict.Feasible, submittedDay: 2);

        var ranked = PriorityRanking.Rank([a, b], u => u.Title == "b" ? new CopilCriteria(Rating.High, Rating.High, Rating.High) : CopilCriteria.None, Scoring);

        Assert.Equal(["b", "a"], ranked.Select(r => r.UseCase.Title));
    }

    [Fact]
    public void No_case_gives_an_empty_list() => Assert.Empty(Titles());
}
