using System.Globalization;

namespace GovernanceBot.Bench.SideBySide;

/// <summary>Min / median / max of one figure over the repeated runs, as the report prints it.</summary>
public sealed record Spread(double Min, double Median, double Max)
{
    public static Spread Of(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0) return new Spread(double.NaN, double.NaN, double.NaN);
        var middle = sorted.Length / 2;
        var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(sorted[0], median, sorted[^1]);
    }

    public string Format(string format) => Min.Equals(Max)
        ? Median.ToString(format, CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Min.ToString(format, CultureInfo.InvariantCulture)} / **{Median.ToString(format, CultureInfo.InvariantCulture)}** / {Max.ToString(format, CultureInfo.InvariantCulture)}");
}
