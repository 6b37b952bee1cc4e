namespace GovernanceBot.Domain.UseCases;

/// <summary>The evaluator's rating of one axis (1–5, as the axis reads) and why.</summary>
public sealed record AxisRating(int Rating, string? Comment)
{
    public const int Lowest = 1;
    public const int Highest = 5;
    public const int CommentLength = 1000;
}
