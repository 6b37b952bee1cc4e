namespace GovernanceBot.Domain.Copil;

/// <summary>
/// A value or feasibility score out of 100, from the weighted mean of the criteria that are known. It is
/// null when none is known. <see cref="Missing"/> names the weighted criteria that were not, so the one-line
/// explanation can say the score stands on partial data.
/// </summary>
public sealed record AxisScore(double? Score, IReadOnlyList<CriterionPoints> Parts, IReadOnlyList<Criterion> Missing)
{
    public bool IsKnown => Score is not null;

    /// <summary>The score rounded for display, 0–100.</summary>
    public int? Rounded => Score is { } s ? (int)Math.Round(s, MidpointRounding.AwayFromZero) : null;

    internal static AxisScore From(IEnumerable<(Criterion Criterion, double? Reading)> readings, PriorityWeights weights)
    {
        var parts = new List<CriterionPoints>();
        var missing = new List<Criterion>();
        double total = 0, weightSum = 0;
        foreach (var (criterion, reading) in readings)
        {
            var weight = weights.Of(criterion);
            if (weight == 0) continue;
            if (reading is not { } value) { missing.Add(criterion); continue; }
            parts.Add(new CriterionPoints(criterion, value));
            total += weight * value;
            weightSum += weight;
        }
        return new AxisScore(weightSum > 0 ? 100 * total / weightSum : null, parts, missing);
    }
}
