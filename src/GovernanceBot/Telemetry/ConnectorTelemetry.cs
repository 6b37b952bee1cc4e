using System.Diagnostics;
using System.Diagnostics.Metrics;
using GovernanceBot.BotFramework.Connector;

namespace GovernanceBot.Telemetry;

/// <summary>
/// Outbound Bot Connector calls (replies, proactive posts, edits, member look-ups) by operation and HTTP
/// status class; 429 answers counted apart as throttling. Conversation and activity ids stay out.
/// </summary>
public static class ConnectorTelemetry
{
    public const string Name = "GovernanceBot.Connector";

    private static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("governancebot.connector.duration", "s", "Time a Bot Connector call took, retries included, by operation and outcome.");
    private static readonly Counter<long> Throttled = Meter.CreateCounter<long>("governancebot.connector.throttled", "{answer}", "Bot Connector calls that ended with HTTP 429.");

    internal static async Task<T> MeasureAsync<T>(string operation, Func<Task<T>> call)
    {
        using var span = Source.StartActivity("connector " + operation, ActivityKind.Client);
        span?.SetTag("governancebot.operation", operation);
        return await MeasuredCall.RunAsync(span, (span, operation), call, Outcome, static (state, outcome, elapsed) =>
        {
            var operationTag = new KeyValuePair<string, object?>("governancebot.operation", state.operation);
            if (outcome == "429") Throttled.Add(1, operationTag);
            state.span?.SetTag("governancebot.outcome", outcome);
            Duration.Record(elapsed.TotalSeconds, operationTag, new KeyValuePair<string, object?>("governancebot.outcome", outcome));
        });
    }

    internal static string Outcome(Exception e) => e switch
    {
        ConnectorException { StatusCode: { } status } => ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ConnectorException => "unreachable",
        OperationCanceledException => "cancelled",
        _ => "error",
    };
}
