using System.Diagnostics;

namespace GovernanceBot.Bench;

/// <summary>Collects per-operation durations and summarises them as percentiles.</summary>
public sealed class LatencyStats(string name)
{
    private readonly List<double> _milliseconds = [];
    private readonly Stopwatch _wall = new();

    public string Name { get; } = name;

    public async Task MeasureAsync(int iterations, Func<int, Task> operation)
    {
        _wall.Start();
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await operation(i);
            _milliseconds.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        _wall.Stop();
    }

    public double Percentile(double p)
    {
        var sorted = _milliseconds.Order().ToArray();
        if (sorted.Length == 0) return double.NaN;
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public double OpsPerSecond => _milliseconds.Count / _wall.Elapsed.TotalSeconds;

    public override string ToString() =>
        $"| {Name,-44} | {_milliseconds.Count,6} | {Percentile(50),8:F3} | {Percentile(99),8:F3} | {OpsPerSecond,9:F0} |";

    public static string Header =>
        "| operation                                    |      n | p50 (ms) | p99 (ms) |     ops/s |\n" +
        "|----------------------------------------------|--------|----------|----------|-----------|";
}
