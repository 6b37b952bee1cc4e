using System.Globalization;

namespace GovernanceBot.Bench;

/// <summary>Prints measurements as a fixed-width table: calls, ops/s, p50, p95 and p99 in milliseconds.</summary>
public static class ResultTable
{
    public static void Print(TextWriter output, IEnumerable<Measurement> measurements)
    {
        var rows = measurements.ToList();
        var subjectWidth = Math.Max("Subject".Length, rows.Max(r => r.Subject.Length));
        var operationWidth = Math.Max("Operation".Length, rows.Max(r => r.Operation.Length));
        output.WriteLine($"{"Subject".PadRight(subjectWidth)}  {"Operation".PadRight(operationWidth)}  {"Calls",7}  {"ops/s",10}  {"p50 ms",8}  {"p95 ms",8}  {"p99 ms",8}");
        output.WriteLine(new string('-', subjectWidth + operationWidth + 53));
        foreach (var row in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{row.Subject.PadRight(subjectWidth)}  {row.Operation.PadRight(operationWidth)}  {row.Latencies.Count,7}  {row.OperationsPerSecond,10:F1}  {row.Percentile(50).TotalMilliseconds,8:F3}  {row.Percentile(95).TotalMilliseconds,8:F3}  {row.Percentile(99).TotalMilliseconds,8:F3}"));
        }
    }
}
