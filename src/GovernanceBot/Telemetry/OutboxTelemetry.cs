using System.Diagnostics;
using System.Diagnostics.Metrics;
using GovernanceBot.BotFramework.Proactive;

namespace GovernanceBot.Telemetry;

/// <summary>
/// Proactive posts (the outbox's sends, thread starts, in-place edits, removals) by operation and outcome,
/// and how often Teams throttled them (HTTP 429, which closes every sender's gate).
/// </summary>
public static class OutboxTelemetry
{
    public const string Name = "GovernanceBot.Outbox";

    private static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);
    private static readonly Counter<long> Messages = Meter.CreateCounter<long>("governancebot.outbox.messages", "{message}", "Proactive messages by operation and outcome.");
    private static readonly Counter<long> Throttled = Meter.CreateCounter<long>("governancebot.outbox.throttled", "{message}", "Proactive messages Teams answered with HTTP 429.");
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("governancebot.outbox.duration", "s", "Time a proactive message took to be accepted, retries included.");

    internal static async Task<T> MeasureAsync<T>(string operation, Func<Task<T>> call)
    {
        using var span = Source.StartActivity("outbox " + operation, ActivityKind.Producer);
        return await MeasuredCall.RunAsync(span, (span, operation), call, ConnectorTelemetry.Outcome, static (state, outcome, elapsed) =>
        {
            var operationTag = new KeyValuePair<string, object?>("governancebot.operation", state.operation);
            var outcomeTag = new KeyValuePair<string, object?>("governancebot.outcome", outcome);
            state.span?.SetTag(operationTag.Key, state.operation);
            state.span?.SetTag(outcomeTag.Key, outcome);
            Messages.Add(1, operationTag, outcomeTag);
            if (outcome == "429") Throttled.Add(1, operationTag);
            Duration.Record(elapsed.TotalSeconds, operationTag, outcomeTag);
        });
    }
}

/// <summary>Measures each proactive message (<see cref="OutboxTelemetry"/>); delivery itself is the inner messenger's.</summary>
internal sealed class InstrumentedProactiveMessenger(IProactiveMessenger inner) : IProactiveMessenger
{
    public Task<SentMessage> SendAsync(ConversationAddress to, OutgoingMessage message, CancellationToken cancellationToken) =>
        OutboxTelemetry.MeasureAsync("send", () => inner.SendAsync(to, message, cancellationToken));

    public Task<SentMessage> StartThreadAsync(ChannelAddress channel, OutgoingMessage message, CancellationToken cancellationToken) =>
        OutboxTelemetry.MeasureAsync("startThread", () => inner.StartThreadAsync(channel, message, cancellationToken));

    public Task UpdateAsync(SentMessage sent, OutgoingMessage message, CancellationToken cancellationToken) =>
        OutboxTelemetry.MeasureAsync("update", async () => { await inner.UpdateAsync(sent, message, cancellationToken); return true; });

    public Task DeleteAsync(SentMessage sent, CancellationToken cancellationToken) =>
        OutboxTelemetry.MeasureAsync("delete", async () => { await inner.DeleteAsync(sent, cancellationToken); return true; });
}
