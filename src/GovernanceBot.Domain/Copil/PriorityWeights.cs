namespace GovernanceBot.Domain.Copil;

/// <summary>
/// How much each criterion counts (configuration, "Copil:Weights"), and where an axis turns "high" on the
/// quadrant. A weight of zero leaves the criterion out; negative weights are refused.
/// </summary>
public sealed record PriorityWeights
{
    public static readonly PriorityWeights Default = new();

    public double Time { get; init; } = 1;
    public double Logic { get; init; } = 1;
    public double Data { get; init; } = 1;
    public double Roi { get; init; } = 2;
    public double BusinessCriticality { get; init; } = 1.5;
    public double StrategicAlignment { get; init; } = 1.5;
    public double DataAvailability { get; init; } = 1;
    public double ComparableCases { get; init; } = 0.5;
    public double Complexity { get; init; } = 1;
    public double Verdict { get; init; } = 1;
    public double Industrialisation { get; init; } = 3;

    /// <summary>A score at or above this (out of 100) is "high" on its axis.</summary>
    public double HighFrom { get; init; } = 60;

    public double Of(Criterion criterion) => criterion switch
    {
        Criterion.Time => Time,
        Criterion.Logic => Logic,
        Criterion.Data => Data,
        Criterion.Roi => Roi,
        Criterion.BusinessCriticality => BusinessCriticality,
        Criterion.StrategicAlignment => StrategicAlignment,
        Criterion.DataAvailability => DataAvailability,
        Criterion.ComparableCases => ComparableCases,
        Criterion.Complexity => Complexity,
        Criterion.Verdict => Verdict,
        Criterion.Industrialisation => Industrialisation,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, null),
    };

    /// <summary>Throws <see cref="ArgumentException"/> for a negative or non-finite weight, or a threshold outside 0–100.</summary>
    public PriorityWeights Checked()
    {
        foreach (var criterion in Enum.GetValues<Criterion>())
        {
            var weight = Of(criterion);
            if (!double.IsFinite(weight) || weight < 0) throw new ArgumentException($"The weight of {criterion} must be zero or more (got {weight}).");
        }
        if (!double.IsFinite(HighFrom) || HighFrom is < 0 or > 100) throw new ArgumentException($"HighFrom must be between 0 and 100 (got {HighFrom}).");
        return this;
    }
}
