using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Tests.UseCases;

public class IndustrialisationScoringTests
{
    private static IndustrialisationEvaluation Rated(int maturity, int complexity, int standards, int reuse) =>
        IndustrialisationEvaluation.Empty
            .With(EvaluationAxis.TechnicalMaturity, new AxisRating(maturity, null))
            .With(EvaluationAxis.IndustrialisationComplexity, new AxisRating(complexity, null))
            .With(EvaluationAxis.StandardsCompliance, new AxisRating(standards, null))
            .With(EvaluationAxis.ReusePotential, new AxisRating(reuse, null));

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 4)]
    [InlineData(3, 3)]
    [InlineData(5, 1)]
    public void Complexity_is_inverted_so_simpler_scores_higher(int complexityRating, int points)
    {
        Assert.Equal(points, IndustrialisationScoring.Default.Score(Rated(3, complexityRating, 3, 3))!.Points[EvaluationAxis.IndustrialisationComplexity]);
        Assert.Equal(complexityRating, IndustrialisationScoring.PointsFor(EvaluationAxis.TechnicalMaturity, complexityRating));
    }

    [Theory]
    [InlineData(5, 1, 5, 5, 20, IndustrialisationRecommendation.Industrialise)]
    [InlineData(4, 2, 4, 3, 15, IndustrialisationRecommendation.Industrialise)]
    [InlineData(4, 2, 4, 2, 14, IndustrialisationRecommendation.IndustrialiseWithConditions)]
    [InlineData(3, 3, 2, 2, 10, IndustrialisationRecommendation.IndustrialiseWithConditions)]
    [InlineData(2, 4, 2, 3, 9, IndustrialisationRecommendation.NotReady)]
    [InlineData(1, 5, 1, 1, 4, IndustrialisationRecommendation.NotReady)]
    [InlineData(5, 1, 5, 1, 16, IndustrialisationRecommendation.IndustrialiseWithConditions)]
    public void Total_and_recommendation_follow_the_thresholds_with_a_lowest_axis_as_a_blocker(int maturity, int complexity, int standards, int reuse, int total, IndustrialisationRecommendation recommendation)
    {
        var score = IndustrialisationScoring.Default.Score(Rated(maturity, complexity, standards, reuse))!;

        Assert.Equal((total, recommendation), (score.Total, score.Recommendation));
    }

    [Fact]
    public void No_score_until_every_axis_is_rated()
    {
        var partial = IndustrialisationEvaluation.Empty.With(EvaluationAxis.TechnicalMaturity, new AxisRating(4, null));

        Assert.Null(IndustrialisationScoring.Default.Score(partial));
        Assert.False(partial.IsComplete);
    }

    [Fact]
    public void Thresholds_are_data_an_organisation_can_tune()
    {
        var strict = new IndustrialisationScoring(IndustrialiseFrom: 18, ConditionsFrom: 14);

        Assert.Equal(IndustrialisationRecommendation.IndustrialiseWithConditions, strict.Score(Rated(4, 2, 4, 3))!.Recommendation);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Ratings_outside_one_to_five_are_refused(int rating)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IndustrialisationEvaluation.Empty.With(EvaluationAxis.ReusePotential, new AxisRating(rating, null)));
    }
}
