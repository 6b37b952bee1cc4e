using System.Diagnostics;
using System.Diagnostics.Metrics;
using GovernanceBot.BotFramework.Turns;

namespace GovernanceBot.Telemetry;

/// <summary>
/// One span and one duration per routed turn, labelled by route: a command's English name, a card verb, or
/// the lifecycle/fallback route. Never the text, the user or the conversation.
/// </summary>
public static class TurnTelemetry
{
    public const string Name = "GovernanceBot.Turns";

    private static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);
    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("governancebot.turn.duration", "s", "Time a routed turn took, by route and outcome.");

    public static TurnHandler Measure(string route, TurnHandler handler) => async (turn, cancellationToken) =>
    {
        using var span = Source.StartActivity("turn " + route);
        span?.SetTag("governancebot.route", route);
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            await handler(turn, cancellationToken);
        }
        catch (Exception e)
        {
            outcome = e is OperationCanceledException ? "cancelled" : "error";
            span?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
        finally
        {
            Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
                new KeyValuePair<string, object?>("governancebot.route", route), new KeyValuePair<string, object?>("governancebot.outcome", outcome));
        }
    };
}
