namespace GovernanceBot.Domain.UseCases;

/// <summary>Whether an action takes a comment (why, questions for the hub…).</summary>
public enum CommentRule
{
    Optional,
    Required,
}
