using System.Diagnostics;

namespace GovernanceBot.Bench;

/// <summary>Latencies of one operation run sequentially; throughput is calls over total wall-clock time.</summary>
public sealed record Measurement(string Subject, string Operation, IReadOnlyList<TimeSpan> Latencies, TimeSpan Total)
{
    public double OperationsPerSecond => Latencies.Count / Total.TotalSeconds;

    public TimeSpan Percentile(double percentile)
    {
        var sorted = Latencies.Order().ToArray();
        var index = (int)Math.Ceiling(percentile / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }

    /// <summary>Times <paramref name="iterations"/> sequential calls of <paramref name="operation"/> (given the call number).</summary>
    public static async Task<Measurement> RunAsync(string subject, string name, int iterations, Func<int, Task> operation)
    {
        var latencies = new List<TimeSpan>(iterations);
        var total = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            var start = Stopwatch.GetTimestamp();
            await operation(i);
            latencies.Add(Stopwatch.GetElapsedTime(start));
        }
        return new Measurement(subject, name, latencies, total.Elapsed);
    }
}
