using GovernanceBot.BotFramework.Connector;
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
    ILogger<BotAdapter> logger)
{
    public Task<TurnOutcome> ProcessAsync(Activity activity, CancellationToken cancellationToken) =>
        deduplicator.RunOnceAsync(activity, () => RunTurnAsync(activity, cancellationToken));

    private async Task<TurnOutcome> RunTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        var connector = activity.ExpectsReplies || string.IsNullOrEmpty(activity.ServiceUrl) ? null : connectors.Create(activity.ServiceUrl);
        var turn = new TurnContext(activity, connector);
        await application.RunAsync(turn, cancellationToken);

        if (activity.IsInvoke && turn.InvokeResponse is null)
            logger.LogWarning("No handler produced a response for invoke {InvokeName}", activity.Name);

        return new TurnOutcome(
            activity.IsInvoke ? turn.InvokeResponse : null,
            activity.ExpectsReplies ? turn.SentActivities : null);
    }
}
