namespace GovernanceBot.Domain.UseCases;

/// <summary>The computed score: points per axis (complexity already inverted), total out of 20, and the recommendation.</summary>
public sealed record IndustrialisationScore(IReadOnlyDictionary<EvaluationAxis, int> Points, int Total, IndustrialisationRecommendation Recommendation)
{
    public const int MaxTotal = 20;
}
