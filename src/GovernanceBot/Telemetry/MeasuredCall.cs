using System.Diagnostics;

namespace GovernanceBot.Telemetry;

/// <summary>
/// What every measured call shares: time it, name its outcome ("ok", or what the failure says), mark the
/// span failed, and record once at the end whatever happened. The state carries the call's tags, so the
/// callers' outcome and record functions can be static (no allocation on hot paths such as storage).
/// </summary>
internal static class MeasuredCall
{
    public static async Task<T> RunAsync<T, TState>(
        Activity? span, TState state, Func<Task<T>> call, Func<Exception, string> outcomeOf, Action<TState, string, TimeSpan> record)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            return await call();
        }
        catch (Exception e)
        {
            outcome = outcomeOf(e);
            span?.SetStatus(ActivityStatusCode.Error, outcome);
            throw;
        }
        finally
        {
            record(state, outcome, Stopwatch.GetElapsedTime(started));
        }
    }
}
