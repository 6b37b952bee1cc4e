using GovernanceBot.BotFramework.Connector;
using GovernanceBot.BotFramework.Logging;
using GovernanceBot.BotFramework.Routing;
using GovernanceBot.BotFramework.Schema;
using GovernanceBot.BotFramework.Turns;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.BotFramework.Hosting;

/// <summary>
/// Turns one authenticated activity into a turn: deduplicates channel retries, picks where replies go
/// (the connector, or the HTTP response for expectReplies), runs the application and reports the outcome.
/// </summary>
public sealed class BotAdapter(
    BotApplication application,
    IConnectorClientFactory connectors,
    ActivityDeduplicator deduplicator,
    IActivityLedger ledger,
    ILogger<BotAdapter> logger)
{
    public Task<TurnOutcome> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        var turn = NewTurn(activity);
        // A repeatable route (help, a read-only view) answers a retry by running again: no outcome to keep,
        // no ledger row to write, which is most of what a cheap turn would otherwise cost.
        return application.IsRepeatable(turn)
            ? RunTurnAsync(turn, cancellationToken)
            : deduplicator.RunOnceAsync(activity, () => RunClaimedTurnAsync(turn, cancellationToken));
    }

    private TurnContext NewTurn(Activity activity)
    {
        var connector = activity.ExpectsReplies || string.IsNullOrEmpty(activity.ServiceUrl) ? null : connectors.Create(activity.ServiceUrl);
        return new TurnContext(activity, connector);
    }

    private async Task<TurnOutcome> RunClaimedTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (string.IsNullOrEmpty(activity.Id)) return await RunTurnAsync(turn, cancellationToken);

        bool claimed;
        try
        {
            claimed = await ledger.TryClaimAsync(activity, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The shared ledger is down (storage outage): still answer; this instance's own deduplication
            // still holds, and the handlers report the outage in the user's language.
            logger.LogWarning(exception, "Could not record the activity in the shared ledger; relying on in-process deduplication");
            return await RunTurnAsync(turn, cancellationToken);
        }

        if (!claimed)
        {
            logger.LogInformation("Activity already processed by another instance; not acting on it again");
            return new TurnOutcome(activity.IsInvoke ? AlreadyProcessed : null, activity.ExpectsReplies ? [] : null);
        }

        try
        {
            return await RunTurnAsync(turn, cancellationToken);
        }
        catch
        {
            await ReleaseQuietlyAsync(activity);
            throw;
        }
    }

    /// <summary>Lets a retry run a failed turn; a failure to release must not hide why the turn failed.</summary>
    private async Task ReleaseQuietlyAsync(Activity activity)
    {
        try
        {
            await ledger.ReleaseAsync(activity, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not release the ledger claim of a failed turn; a channel retry will be ignored");
        }
    }

    /// <summary>An invoke retried on another instance: the card stays as the first delivery left it.</summary>
    private static readonly InvokeResponse AlreadyProcessed = InvokeResponse.ForCardAction(200, ContentTypes.ActivityMessage, "");

    private async Task<TurnOutcome> RunTurnAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        await application.RunAsync(turn, cancellationToken);

        if (activity.IsInvoke && turn.InvokeResponse is null)
            logger.LogWarning("No handler produced a response for invoke {InvokeName}", LogText.Safe(activity.Name));

        return new TurnOutcome(
            activity.IsInvoke ? turn.InvokeResponse : null,
            activity.ExpectsReplies ? turn.SentActivities : null);
    }
}
