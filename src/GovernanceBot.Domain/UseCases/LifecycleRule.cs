namespace GovernanceBot.Domain.UseCases;

/// <summary>
/// One row of the lifecycle table: the action, the states it starts from, the state it leads to (the same
/// state for sign-offs), who may do it, whether it needs a comment or a date, and what history calls it.
/// </summary>
public sealed record LifecycleRule(
    LifecycleAction Action,
    IReadOnlyList<UseCaseState> From,
    UseCaseState? To,
    IReadOnlyList<UseCaseCapacity> Who,
    HistoryEvent Event,
    CommentRule Comment = CommentRule.Optional,
    bool NeedsDate = false,
    bool OwnerOnly = false)
{
    public UseCaseState Target(UseCaseState from) => To ?? from;
}
