using System.Collections.Immutable;

namespace GovernanceBot.Domain.UseCases;

/// <summary>The central team's ratings so far; saved as the evaluator goes, complete when all four axes are rated.</summary>
public sealed record IndustrialisationEvaluation
{
    public static readonly IndustrialisationEvaluation Empty = new();

    public ImmutableDictionary<EvaluationAxis, AxisRating> Ratings { get; init; } = ImmutableDictionary<EvaluationAxis, AxisRating>.Empty;

    public bool IsComplete => Enum.GetValues<EvaluationAxis>().All(Ratings.ContainsKey);

    public AxisRating? RatingOf(EvaluationAxis axis) => Ratings.GetValueOrDefault(axis);

    /// <summary>Sets one axis; throws <see cref="ArgumentOutOfRangeException"/> for a rating outside 1–5 or an over-long comment.</summary>
    public IndustrialisationEvaluation With(EvaluationAxis axis, AxisRating rating)
    {
        if (rating.Rating is < AxisRating.Lowest or > AxisRating.Highest)
            throw new ArgumentOutOfRangeException(nameof(rating), rating.Rating, "Ratings go from 1 to 5.");
        if (rating.Comment is { Length: > AxisRating.CommentLength })
            throw new ArgumentOutOfRangeException(nameof(rating), "The comment is too long.");
        var comment = string.IsNullOrWhiteSpace(rating.Comment) ? null : rating.Comment.Trim();
        return this with { Ratings = Ratings.SetItem(axis, rating with { Comment = comment }) };
    }
}
