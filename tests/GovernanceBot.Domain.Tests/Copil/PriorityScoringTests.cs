using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.Tests.UseCases;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Tests.Copil;

public class PriorityScoringTests
{
    private static readonly PriorityScoring Scoring = new(PriorityWeights.Default, IndustrialisationScoring.Default);

    private static UseCase WithValue(Rating? time, Rating? logic, Rating? data) =>
        SampleUseCases.In(UseCaseState.Evaluated) is var u ? u with { Content = u.Content with { Value = u.Content.Value with { Time = time, Logic = logic, Data = data } } } : null!;

    [Fact]
    public void Value_is_the_weighted_mean_of_the_known_criteria_and_names_the_missing_ones()
    {
        var score = Scoring.Score(WithValue(Rating.High, Rating.Medium, Rating.High), CopilCriteria.None).Value;

        Assert.Equal(100 * 2.5 / 3, score.Score!.Value, 6);
        Assert.Equal([Criterion.Roi, Criterion.BusinessCriticality, Criterion.StrategicAlignment], score.Missing);
        Assert.Equal(3, score.Parts.Count);
    }

    [Fact]
    public void Copil_criteria_count_with_their_configured_weights()
    {
        var criteria = new CopilCriteria(Rating.High, Rating.Low, Rating.Low);
        // Time, logic, data at 1 each read 1, 0.5, 1; ROI (2) reads 1; criticality and alignment (1.5 each) read 0.
        var expected = 100 * (1 + 0.5 + 1 + 2) / (1 + 1 + 1 + 2 + 1.5 + 1.5);

        var score = Scoring.Score(WithValue(Rating.High, Rating.Medium, Rating.High), criteria).Value;

        Assert.Equal(expected, score.Score!.Value, 6);
        Assert.Empty(score.Missing);
    }

    [Fact]
    public void A_zero_weight_leaves_a_criterion_out_and_does_not_report_it_missing()
    {
        var scoring = new PriorityScoring(PriorityWeights.Default with { Roi = 0, BusinessCriticality = 0, StrategicAlignment = 0, Logic = 0 }, IndustrialisationScoring.Default);

        var score = scoring.Score(WithValue(Rating.High, Rating.Low, Rating.Low), CopilCriteria.None).Value;

        Assert.Equal(50, score.Score!.Value, 6);
        Assert.Empty(score.Missing);
    }

    [Fact]
    public void Feasibility_combines_the_hub_screen_and_the_industrialisation_score()
    {
        // Sample: internal data (1), documented elsewhere (1), medium complexity (0.5), feasible (1); ratings 4,2,4,3 → 15/20 → (15-4)/16.
        var expected = 100 * (1 * 1 + 0.5 * 1 + 1 * 0.5 + 1 * 1 + 3 * (11 / 16.0)) / (1 + 0.5 + 1 + 1 + 3);

        var score = Scoring.Score(SampleUseCases.In(UseCaseState.Evaluated), CopilCriteria.None).Feasibility;

        Assert.Equal(expected, score.Score!.Value, 6);
        Assert.Empty(score.Missing);
    }

    [Fact]
    public void Unknown_data_is_left_out_not_counted_as_zero_and_nothing_known_gives_no_score()
    {
        var evaluated = SampleUseCases.In(UseCaseState.Evaluated);
        var noScreen = evaluated with { Content = evaluated.Content with { Feasibility = new Feasibility() } };
        var nothing = noScreen with { Evaluation = IndustrialisationEvaluation.Empty, Content = noScreen.Content with { Value = new ValueScreen() } };

        var partial = Scoring.Score(noScreen, CopilCriteria.None);
        var empty = Scoring.Score(nothing, CopilCriteria.None);

        Assert.Equal(100 * 11 / 16.0, partial.Feasibility.Score!.Value, 6);
        Assert.Contains(Criterion.Verdict, partial.Feasibility.Missing);
        Assert.Null(empty.Value.Score);
        Assert.Null(empty.Feasibility.Score);
        Assert.Equal(Quadrant.NotPlaced, empty.Quadrant);
        Assert.Null(empty.Combined);
    }

    [Theory]
    [InlineData(80.0, 80.0, Quadrant.ShortTerm)]
    [InlineData(60.0, 60.0, Quadrant.ShortTerm)]
    [InlineData(80.0, 59.9, Quadrant.MediumTermValue)]
    [InlineData(20.0, 90.0, Quadrant.MediumTermEasy)]
    [InlineData(0.0, 0.0, Quadrant.LongTerm)]
    [InlineData(null, 90.0, Quadrant.NotPlaced)]
    [InlineData(90.0, null, Quadrant.NotPlaced)]
    public void Only_high_value_and_high_feasibility_make_the_short_term_roadmap(double? value, double? feasibility, Quadrant quadrant) =>
        Assert.Equal(quadrant, Scoring.Place(value, feasibility));

    [Fact]
    public void The_quadrant_threshold_is_configuration()
    {
        var lenient = new PriorityScoring(PriorityWeights.Default with { HighFrom = 40 }, IndustrialisationScoring.Default);

        Assert.Equal(Quadrant.ShortTerm, lenient.Place(45, 45));
        Assert.Equal(Quadrant.LongTerm, Scoring.Place(45, 45));
    }

    [Theory]
    [InlineData(-1.0, 60.0)]
    [InlineData(double.NaN, 60.0)]
    [InlineData(1.0, 101.0)]
    public void Negative_weights_and_thresholds_outside_the_scale_are_refused(double roi, double highFrom) =>
        Assert.Throws<ArgumentException>(() => new PriorityScoring(PriorityWeights.Default with { Roi = roi, HighFrom = highFrom }, IndustrialisationScoring.Default));
}
