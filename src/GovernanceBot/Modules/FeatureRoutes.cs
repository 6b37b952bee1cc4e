using GovernanceBot.BotFramework.Routing;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Identity;
using GovernanceBot.Localization;
using GovernanceBot.Telemetry;

namespace GovernanceBot.Modules;

/// <summary>
/// What a module declares its routes on. Every handler registered here runs after the turn's caller is
/// set up and after the route's <see cref="RouteGuard"/> passed; typed card actions get their data parsed
/// and validated once, and data that cannot be read gets an error card instead of reaching the handler.
/// </summary>
public sealed class FeatureRoutes
{
    private readonly BotRoutes _routes;
    private readonly IServiceProvider _services;
    private readonly IUserDirectory _users;

    internal FeatureRoutes(BotRoutes routes, IServiceProvider services, bool ownsFallback)
    {
        _routes = routes;
        _services = services;
        _users = services.GetRequiredService<IUserDirectory>();
        OwnsFallback = ownsFallback;
    }

    /// <summary>True for the one module <c>FeatureRegistration</c> names as owner of text nothing else matches.</summary>
    public bool OwnsFallback { get; }

    /// <summary>A service the module registered (its flow, its reports…), to bind handlers to.</summary>
    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <param name="repeatable">The handler only reads and answers: a channel retry may simply run it again (see <see cref="BotRoutes.OnCommand"/>).</param>
    public FeatureRoutes OnCommand(BotCommand command, TurnHandler handler, RouteGuard? guard = null, bool repeatable = false)
    {
        _routes.OnCommand(command.Phrases, Guarded(handler, guard, command.Name.En), repeatable);
        _services.GetService<CommandCatalog>()?.Add(command, guard);
        return this;
    }

    public FeatureRoutes OnCardAction(string verb, TurnHandler handler, RouteGuard? guard = null, bool repeatable = false)
    {
        _routes.OnCardAction(verb, Guarded(handler, guard, verb), repeatable);
        return this;
    }

    /// <summary>A card action whose data is read as <typeparamref name="TData"/> before <paramref name="handler"/> runs.</summary>
    public FeatureRoutes OnCardAction<TData>(string verb, CardActionHandler<TData> handler, RouteGuard? guard = null)
        where TData : ICardData<TData>
    {
        _routes.OnCardAction(verb, Guarded((turn, cancellationToken) =>
        {
            TData data;
            try
            {
                data = TData.Read(turn.CardAction ?? throw new CardDataException(CommonTexts.CardDataMissing.Localized));
            }
            catch (CardDataException invalid)
            {
                return turn.ReplaceCardAsync(CommonCards.BadCardData(invalid.Reason.In(turn.Language()), turn.Language()), cancellationToken);
            }
            return handler(turn, data, cancellationToken);
        }, guard, verb));
        return this;
    }

    /// <summary>Answers a typeahead choice set's searches for <paramref name="dataset"/> (see <see cref="BotRoutes.OnSearch"/>).</summary>
    public FeatureRoutes OnSearch(string dataset, TurnHandler handler, RouteGuard? guard = null)
    {
        _routes.OnSearch(dataset, Guarded(handler, guard, "search:" + dataset));
        return this;
    }

    public FeatureRoutes OnConversationUpdate(TurnHandler handler)
    {
        _routes.OnConversationUpdate(Guarded(handler, null, "conversationUpdate"));
        return this;
    }

    public FeatureRoutes OnInstallationUpdate(TurnHandler handler)
    {
        _routes.OnInstallationUpdate(Guarded(handler, null, "installationUpdate"));
        return this;
    }

    /// <summary>Text no command matches. Only the module named as the fallback's owner may declare it.</summary>
    public FeatureRoutes OnFallback(TurnHandler handler)
    {
        if (!OwnsFallback) throw new InvalidOperationException("Only the module FeatureRegistration names as fallback owner may handle unmatched text.");
        _routes.OnFallback(Guarded(handler, null, "fallback"));
        return this;
    }

    /// <summary>Card actions whose verb nobody routes (an old card, a removed feature). Owned with the fallback.</summary>
    public FeatureRoutes OnUnknownCardAction(TurnHandler handler)
    {
        if (!OwnsFallback) throw new InvalidOperationException("Unknown card actions belong to the fallback's owner.");
        _routes.OnUnknownCardAction(Guarded(handler, null, "unknownCardAction"));
        return this;
    }

    /// <param name="route">Labels the turn's telemetry: a command's English name or a verb, never user text.</param>
    private TurnHandler Guarded(TurnHandler handler, RouteGuard? guard, string route) => TurnTelemetry.Measure(route, async (turn, cancellationToken) =>
    {
        // The caller's profile is read before anything answers, so every text honours their chosen language.
        await turn.State.GetOrAdd(() => new TurnCaller(turn, _users)).LoadAsync(cancellationToken);
        if (guard is not null && await RefuseAsync(turn, guard, cancellationToken)) return;
        if (OpenedFrom.KeepsCard(turn))
        {
            var opened = new NewCardTurn(turn, CommonTexts.OpenedBelow.In(turn.Language()));
            await handler(opened, cancellationToken);
            await opened.DeliverAsync(cancellationToken);
            return;
        }
        await handler(turn, cancellationToken);
    });

    /// <summary>Answers and returns true when <paramref name="guard"/> does not let the turn through.</summary>
    private static async Task<bool> RefuseAsync(ITurnContext turn, RouteGuard guard, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        if (guard.PersonalChatOnly && !ConversationKinds.IsPersonal(turn.Activity))
        {
            await turn.RespondWithMessageAsync((guard.PersonalChatRefusal ?? CommonTexts.PersonalChatOnly).In(language), cancellationToken);
            return true;
        }
        if (guard.Requires is { } permission && !(await turn.GetUserAsync(cancellationToken)).May(permission))
        {
            var refusal = guard.PermissionRefusal?.In(language)
                ?? CommonTexts.PermissionRefused.In(language, RoleNames.List(RolePermissions.RolesWith(permission), language));
            await turn.RespondWithMessageAsync(refusal, cancellationToken);
            return true;
        }
        return false;
    }
}
