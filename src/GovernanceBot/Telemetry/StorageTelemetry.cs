using System.Diagnostics;
using System.Diagnostics.Metrics;
using GovernanceBot.Storage;

namespace GovernanceBot.Telemetry;

/// <summary>
/// Storage calls by table and operation. Keys and property values never leave the process: partition
/// keys are often user or conversation ids.
/// </summary>
public static class StorageTelemetry
{
    public const string Name = "GovernanceBot.Storage";

    internal static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("governancebot.storage.duration", "s", "Time a storage call took, by table, operation and outcome.");

    internal static async Task<T> MeasureAsync<T>(string table, string operation, Func<Task<T>> call)
    {
        using var span = Source.StartActivity("storage " + operation, ActivityKind.Client);
        span?.SetTag("governancebot.table", table);
        span?.SetTag("governancebot.operation", operation);
        return await MeasuredCall.RunAsync(span, (table, operation), call, Outcome,
            static (state, outcome, elapsed) => Record(state.table, state.operation, outcome, elapsed));
    }

    internal static void Record(string table, string operation, string outcome, TimeSpan elapsed) =>
        Duration.Record(elapsed.TotalSeconds,
            new KeyValuePair<string, object?>("governancebot.table", table),
            new KeyValuePair<string, object?>("governancebot.operation", operation),
            new KeyValuePair<string, object?>("governancebot.outcome", outcome));

    /// <summary>Expected answers (a taken key, a stale ETag) are outcomes, not failures of the store.</summary>
    internal static string Outcome(Exception e) => e switch
    {
        EntityAlreadyExistsException => "exists",
        ConcurrencyConflictException => "conflict",
        EntityNotFoundException => "notFound",
        StorageUnavailableException => "unavailable",
        OperationCanceledException => "cancelled",
        _ => "error",
    };
}
