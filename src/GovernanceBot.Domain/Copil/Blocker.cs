using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Copil;

/// <summary>What holds an industrialising use case back, as its record shows it.</summary>
public sealed record Blocker(BlockerKind Kind, EvaluationAxis? Axis = null, string? Detail = null)
{
    /// <summary>
    /// The blockers of a case in industrialisation or validation: sign-offs still missing in validation, the
    /// evaluation axes rated at the lowest points (with the evaluator's comment), and the hub's feasibility conditions.
    /// </summary>
    public static IReadOnlyList<Blocker> Of(UseCase useCase)
    {
        var blockers = new List<Blocker>();
        if (useCase.State == UseCaseState.InValidation)
        {
            if (!useCase.BusinessValidated) blockers.Add(new Blocker(BlockerKind.BusinessValidationPending));
            if (!useCase.SecurityReviewed) blockers.Add(new Blocker(BlockerKind.SecurityReviewPending));
        }
        foreach (var (axis, rating) in useCase.Evaluation.Ratings.OrderBy(r => r.Key))
        {
            if (IndustrialisationScoring.PointsFor(axis, rating.Rating) == AxisRating.Lowest) blockers.Add(new Blocker(BlockerKind.WeakAxis, axis, rating.Comment));
        }
        if (useCase.Content.Feasibility.Verdict == FeasibilityVerdict.FeasibleWithConditions && useCase.Content.Feasibility.Conditions is { } conditions)
            blockers.Add(new Blocker(BlockerKind.FeasibilityConditions, Detail: conditions));
        return blockers;
    }
}

public enum BlockerKind
{
    BusinessValidationPending,
    SecurityReviewPending,
    WeakAxis,
    FeasibilityConditions,
}
