using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Copil;

/// <summary>
/// The Copil's two scores (DESIGN §4.9). Value: the hub's T.L.D. screen plus the Copil criteria (ROI,
/// business criticality, strategic alignment). Feasibility: the hub's feasibility screen plus the central
/// team's industrialisation score. Each reading is put on 0–1 (1 = best) and weighted; unknown readings are
/// left out and reported rather than counted as zero, so a gap never passes for a bad rating.
/// </summary>
public sealed class PriorityScoring(PriorityWeights weights, IndustrialisationScoring industrialisation)
{
    private readonly PriorityWeights _weights = weights.Checked();

    public PriorityWeights Weights => _weights;

    public PriorityScore Score(UseCase useCase, CopilCriteria criteria)
    {
        var value = useCase.Content.Value;
        var feasibility = useCase.Content.Feasibility;
        var valueScore = AxisScore.From(
        [
            (Criterion.Time, OfRating(value.Time)),
            (Criterion.Logic, OfRating(value.Logic)),
            (Criterion.Data, OfRating(value.Data)),
            (Criterion.Roi, OfRating(criteria.Roi)),
            (Criterion.BusinessCriticality, OfRating(criteria.BusinessCriticality)),
            (Criterion.StrategicAlignment, OfRating(criteria.StrategicAlignment)),
        ], _weights);
        var industrial = industrialisation.Score(useCase.Evaluation);
        var feasibilityScore = AxisScore.From(
        [
            (Criterion.DataAvailability, feasibility.DataAvailability switch
            {
                DataAvailability.Internal => 1, DataAvailability.MustBeAcquired => 0.5, DataAvailability.NotAvailable => 0, _ => (double?)null,
            }),
            (Criterion.ComparableCases, feasibility.ComparableCases switch
            {
                ComparableCases.DocumentedElsewhere => 1, ComparableCases.NoneKnown => 0.5, _ => (double?)null,
            }),
            (Criterion.Complexity, feasibility.Complexity switch
            {
                ComplexityLevel.Low => 1, ComplexityLevel.Medium => 0.5, ComplexityLevel.High => 0, _ => (double?)null,
            }),
            (Criterion.Verdict, feasibility.Verdict switch
            {
                FeasibilityVerdict.Feasible => 1, FeasibilityVerdict.FeasibleWithConditions => 0.5, FeasibilityVerdict.NotFeasible => 0, _ => (double?)null,
            }),
            // 4 (every axis at 1) reads 0, 20 reads 1.
            (Criterion.Industrialisation, industrial is null ? null : (industrial.Total - 4) / 16.0),
        ], _weights);
        return new PriorityScore(valueScore, feasibilityScore, Place(valueScore.Score, feasibilityScore.Score));
    }

    public Quadrant Place(double? value, double? feasibility)
    {
        if (value is not { } v || feasibility is not { } f) return Quadrant.NotPlaced;
        var highValue = v >= _weights.HighFrom;
        var easy = f >= _weights.HighFrom;
        return (highValue, easy) switch
        {
            (true, true) => Quadrant.ShortTerm,
            (true, false) => Quadrant.MediumTermValue,
            (false, true) => Quadrant.MediumTermEasy,
            _ => Quadrant.LongTerm,
        };
    }

    private static double? OfRating(Rating? rating) => rating switch
    {
        Rating.High => 1,
        Rating.Medium => 0.5,
        Rating.Low => 0,
        _ => null,
    };
}
