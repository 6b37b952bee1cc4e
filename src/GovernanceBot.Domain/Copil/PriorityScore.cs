namespace GovernanceBot.Domain.Copil;

/// <summary>A use case's two scores and the place they give it on the quadrant.</summary>
public sealed record PriorityScore(AxisScore Value, AxisScore Feasibility, Quadrant Quadrant)
{
    /// <summary>What ranking sorts on first: the mean of both scores, or null unless both are known.</summary>
    public double? Combined => Value.Score is { } v && Feasibility.Score is { } f ? (v + f) / 2 : null;
}
