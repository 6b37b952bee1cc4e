using GovernanceBot.BotFramework.Schema;
using GovernanceBot.BotFramework.Turns;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.BotFramework.Routing;

/// <summary>
/// Dispatches a turn to the route that owns it: card verb, command word, lifecycle event or fallback.
/// Activities nobody handles are acknowledged and ignored.
/// </summary>
public sealed class BotApplication
{
    private readonly BotRoutes _routes = new();
    private readonly ILogger<BotApplication> _logger;

    public BotApplication(IEnumerable<IBotFeature> features, ILogger<BotApplication> logger)
    {
        _logger = logger;
        foreach (var feature in features) feature.MapRoutes(_routes);
    }

    /// <summary>Called with the exception when a handler fails; the host turns it into a user-facing answer.</summary>
    public Func<ITurnContext, Exception, CancellationToken, Task>? OnError { get; set; }

    /// <summary>
    /// True when the route this turn goes to was declared repeatable: running it again for a channel retry
    /// acts on nothing and answers the same, so the adapter need not make sure it runs only once.
    /// </summary>
    public bool IsRepeatable(ITurnContext turn)
    {
        var handler = turn.CardAction is { } action ? _routes.FindVerb(action.Verb)
            : ActivityTypes.Is(turn.Activity.Type, ActivityTypes.Message) ? _routes.FindCommand(turn.Text)
            : null;
        return handler is not null && _routes.IsRepeatable(handler);
    }

    public async Task RunAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        try
        {
            await DispatchAsync(turn, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            _logger.LogError(exception, "Turn failed for {ActivityType}", turn.Activity.Type);
            if (OnError is null) throw;
            await OnError(turn, exception, cancellationToken);
        }
    }

    private Task DispatchAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;

        if (turn.CardAction is { } action)
        {
            var verbHandler = _routes.FindVerb(action.Verb);
            if (verbHandler is not null) return verbHandler(turn, cancellationToken);
            _logger.LogWarning("No route for card verb {Verb}", action.Verb);
            return _routes.UnknownCardAction is { } unknown
                ? unknown(turn, cancellationToken)
                : turn.RespondWithErrorAsync("unknownVerb", $"Unknown action '{action.Verb}'.", cancellationToken);
        }

        if (activity.IsInvoke && string.Equals(activity.Name, InvokeNames.Search, StringComparison.OrdinalIgnoreCase))
        {
            // An unknown dataset (an old card, a forged invoke) gets no choices rather than an error under the user's typing.
            if (SearchQuery.From(activity) is { } query && _routes.FindSearch(query.Dataset) is { } search) return search(turn, cancellationToken);
            _logger.LogWarning("No route for a typeahead search");
            turn.SetInvokeResponse(InvokeResponse.ForSearch([]));
            return Task.CompletedTask;
        }

        if (ActivityTypes.Is(activity.Type, ActivityTypes.Message))
        {
            var handler = _routes.FindCommand(turn.Text) ?? _routes.Fallback;
            return handler is null ? Task.CompletedTask : handler(turn, cancellationToken);
        }

        if (ActivityTypes.Is(activity.Type, ActivityTypes.ConversationUpdate))
            return RunAll(_routes.ConversationUpdates, turn, cancellationToken);

        if (ActivityTypes.Is(activity.Type, ActivityTypes.InstallationUpdate))
            return RunAll(_routes.InstallationUpdates, turn, cancellationToken);

        _logger.LogDebug("Ignoring {ActivityType} activity named {Name}", activity.Type, activity.Name);
        return Task.CompletedTask;
    }

    private static async Task RunAll(IReadOnlyList<TurnHandler> handlers, ITurnContext turn, CancellationToken cancellationToken)
    {
        foreach (var handler in handlers) await handler(turn, cancellationToken);
    }
}
