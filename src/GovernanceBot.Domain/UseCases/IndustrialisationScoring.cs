namespace GovernanceBot.Domain.UseCases;

/// <summary>
/// Turns the four ratings into points and a recommendation. Complexity is inverted (a rating of 1, simple,
/// is worth 5 points). Thresholds are data so an organisation can tune them: at least
/// <see cref="IndustrialiseFrom"/> points → industrialise; at least <see cref="ConditionsFrom"/> → with
/// conditions; below → not ready. An axis at the lowest points is a blocker: it caps the recommendation at
/// "with conditions" whatever the total.
/// </summary>
public sealed record IndustrialisationScoring(int IndustrialiseFrom = 15, int ConditionsFrom = 10)
{
    public static readonly IndustrialisationScoring Default = new();

    public static int PointsFor(EvaluationAxis axis, int rating) =>
        axis == EvaluationAxis.IndustrialisationComplexity ? AxisRating.Highest + AxisRating.Lowest - rating : rating;

    /// <summary>The score, or null while an axis is unrated.</summary>
    public IndustrialisationScore? Score(IndustrialisationEvaluation evaluation)
    {
        if (!evaluation.IsComplete) return null;
        var points = Enum.GetValues<EvaluationAxis>().ToDictionary(axis => axis, axis => PointsFor(axis, evaluation.RatingOf(axis)!.Rating));
        var total = points.Values.Sum();
        var recommendation = total >= IndustrialiseFrom ? IndustrialisationRecommendation.Industrialise
            : total >= ConditionsFrom ? IndustrialisationRecommendation.IndustrialiseWithConditions
            : IndustrialisationRecommendation.NotReady;
        if (recommendation == IndustrialisationRecommendation.Industrialise && points.Values.Any(p => p == AxisRating.Lowest))
            recommendation = IndustrialisationRecommendation.IndustrialiseWithConditions;
        return new IndustrialisationScore(points, total, recommendation);
    }
}
