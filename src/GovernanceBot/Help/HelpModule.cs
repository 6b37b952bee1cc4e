using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Modules;

namespace GovernanceBot.Help;

/// <summary>
/// "aide" / "help": shows what the bot can do. Also greets new installs and, while it owns the fallback,
/// answers text nothing else understood.
/// </summary>
public sealed class HelpModule : IFeatureModule
{
    public static readonly BotCommand Help = new("aide", "help", "menu", "bonjour", "hello", "hi", "salut");

    public IEnumerable<HelpTopic> HelpTopics => [HelpTopic.For(HelpPosition.Help, HelpTexts.HelpTopicTitle, HelpTexts.HelpTopicDescription, Help)];

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton<HelpCards>();

    public void MapRoutes(FeatureRoutes routes)
    {
        var cards = routes.Get<HelpCards>();
        routes.OnCommand(Help, (turn, cancellationToken) => turn.ReplaceCardAsync(cards.Overview(turn.Language()), cancellationToken), repeatable: true);
        routes.OnCardAction(HelpVerbs.Show, (turn, cancellationToken) => turn.ReplaceCardAsync(cards.Overview(turn.Language()), cancellationToken), repeatable: true);
        routes.OnCardAction(HelpVerbs.More, (turn, cancellationToken) => turn.ReplaceCardAsync(cards.Details(turn.Language()), cancellationToken), repeatable: true);
        routes.OnInstallationUpdate(WelcomeAsync);
        if (routes.OwnsFallback)
        {
            routes.OnFallback((turn, cancellationToken) => NotUnderstoodAsync(cards, turn, cancellationToken));
            routes.OnUnknownCardAction(UnknownActionAsync);
        }
    }

    private static Task NotUnderstoodAsync(HelpCards cards, ITurnContext turn, CancellationToken cancellationToken)
    {
        // A bare "?" or an empty message (e.g. only a mention) is a request for help, not a misunderstanding.
        var asked = turn.Text.Trim('?', ' ');
        return turn.SendCardAsync(cards.Overview(turn.Language(), asked.Length == 0 ? null : turn.Text), cancellationToken);
    }

    private static Task UnknownActionAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.RespondWithErrorAsync("unknownVerb", HelpTexts.UnknownAction.In(turn.Language()), cancellationToken);

    private static Task WelcomeAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (!string.Equals(turn.Activity.Action, "add", StringComparison.OrdinalIgnoreCase)) return Task.CompletedTask;
        return turn.SendTextAsync(HelpTexts.Welcome.In(turn.Language()), cancellationToken);
    }
}
