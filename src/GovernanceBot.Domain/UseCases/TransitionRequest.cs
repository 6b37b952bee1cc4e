namespace GovernanceBot.Domain.UseCases;

/// <summary>What comes with an action: a comment (why, questions…) and, for deferral, the date to revisit.</summary>
public sealed record TransitionRequest(string? Comment = null, DateOnly? Date = null)
{
    public const int CommentLength = 1000;

    public static readonly TransitionRequest None = new();
}
