using GovernanceBot.BotFramework.Routing;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain;

namespace GovernanceBot.Help;

/// <summary>
/// "aide" / "help": shows what the bot can do. Also greets new installs and, until the Q&amp;A feature
/// owns it, answers text nothing else understood.
/// </summary>
public sealed class HelpFeature(HelpCards cards) : IBotFeature
{
    public static readonly string[] Commands = ["aide", "help", "menu", "?", "bonjour", "hello", "hi", "salut"];

    public void MapRoutes(BotRoutes routes)
    {
        routes.OnCommand(Commands.Where(c => c != "?"), ShowAsync);
        routes.OnCardAction(HelpVerbs.Show, ShowAsync);
        routes.OnCardAction(HelpVerbs.More, DetailsAsync);
        routes.OnInstallationUpdate(WelcomeAsync);
        routes.OnFallback(NotUnderstoodAsync);
        routes.OnUnknownCardAction(UnknownActionAsync);
    }

    private Task ShowAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.ReplaceCardAsync(cards.Overview(Languages.FromLocale(turn.Activity.Locale)), cancellationToken);

    private Task DetailsAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.ReplaceCardAsync(cards.Details(Languages.FromLocale(turn.Activity.Locale)), cancellationToken);

    private Task NotUnderstoodAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = Languages.FromLocale(turn.Activity.Locale);
        // A bare "?" or an empty message (e.g. only a mention) is a request for help, not a misunderstanding.
        var asked = turn.Text.Trim('?', ' ');
        return turn.SendCardAsync(cards.Overview(language, asked.Length == 0 ? null : turn.Text), cancellationToken);
    }

    private static Task UnknownActionAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.RespondWithErrorAsync("unknownVerb", HelpCards.Texts.Get("UnknownAction", Languages.FromLocale(turn.Activity.Locale)), cancellationToken);

    private static Task WelcomeAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (!string.Equals(turn.Activity.Action, "add", StringComparison.OrdinalIgnoreCase)) return Task.CompletedTask;
        return turn.SendTextAsync(HelpCards.Texts.Get("Welcome", Languages.FromLocale(turn.Activity.Locale)), cancellationToken);
    }
}
