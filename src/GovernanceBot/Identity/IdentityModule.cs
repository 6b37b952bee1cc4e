using GovernanceBot.BotFramework.Routing;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain;
using GovernanceBot.Help;
using GovernanceBot.Hubs;
using GovernanceBot.Modules;

namespace GovernanceBot.Identity;

/// <summary>
/// Who users are and what they may do (<see cref="IUserDirectory"/>, roles from the <c>Roles</c> section);
/// "qui suis-je" / "whoami": the sender's ids, roles, hub and language as the bot sees them, which is also how
/// someone finds the id to put in the role configuration; "langue" / "language": the language the bot
/// answers them in, stored with their profile.
/// </summary>
public sealed class IdentityModule : IFeatureModule
{
    public static readonly BotCommand WhoAmI = new("qui suis-je", "whoami", "who am i");
    public static readonly BotCommand Language = new("langue", "language");

    public IEnumerable<HelpTopic> HelpTopics =>
    [
        HelpTopic.For(HelpPosition.WhoAmI, IdentityTexts.HelpTopicTitle, IdentityTexts.HelpTopicDescription, WhoAmI),
        HelpTopic.For(HelpPosition.Language, IdentityTexts.LanguageHelpTitle, IdentityTexts.LanguageHelpDescription, Language),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RoleOptions>(configuration.GetSection(RoleOptions.Section));
        services.AddSingleton<RoleGrantStore>();
        services.AddSingleton<IUserDirectory, UserDirectory>();
    }

    public void MapRoutes(FeatureRoutes routes)
    {
        var hubs = routes.Get<IHubDirectory>();
        var users = routes.Get<IUserDirectory>();
        routes.OnCommand(WhoAmI, (turn, cancellationToken) => WhoAmIAsync(hubs, turn, cancellationToken));
        routes.OnCommand(Language, (turn, cancellationToken) => ChooseLanguageAsync(users, turn, cancellationToken));
    }

    private static async Task WhoAmIAsync(IHubDirectory hubs, ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var from = turn.Activity.From;
        var user = await turn.GetUserAsync(cancellationToken);
        var roles = user.Roles.Count == 0 ? IdentityTexts.None.In(language) : string.Join(", ", user.Roles.Order());
        // A hub removed since the user joined it still shows, by its id.
        var hub = user.HubId is null ? IdentityTexts.NotChosen.In(language) : (await hubs.FindAsync(user.HubId, cancellationToken))?.Name ?? user.HubId;
        await turn.SendTextAsync(
            IdentityTexts.WhoAmI.In(language, from?.Name ?? "?", from?.AadObjectId ?? "—", from?.Id ?? "—", roles, hub, LanguageLine(user, language)),
            cancellationToken);
    }

    private static async Task ChooseLanguageAsync(IUserDirectory users, ITurnContext turn, CancellationToken cancellationToken)
    {
        var user = await turn.GetUserAsync(cancellationToken);
        var words = CommandText.Words(turn.Text);
        if (words.Length < 2 || !LanguageChoice.TryRead(string.Join(' ', words[1..]), out var choice))
        {
            var current = turn.Language();
            await turn.SendTextAsync(IdentityTexts.LanguageUsage.In(current, LanguageLine(user, current)), cancellationToken);
            return;
        }

        turn.RememberUser(await users.SetLanguageAsync(user, choice, cancellationToken));
        var confirmation = choice switch
        {
            Domain.Language.French => IdentityTexts.LanguageSetFrench,
            Domain.Language.English => IdentityTexts.LanguageSetEnglish,
            _ => IdentityTexts.LanguageSetAuto,
        };
        await turn.SendTextAsync(confirmation.In(turn.Language()), cancellationToken);
    }

    /// <summary>"anglais (votre choix…)" or "français (celle de Teams)".</summary>
    private static string LanguageLine(UserAccess user, Language shownIn)
    {
        var effective = user.PreferredLanguage ?? shownIn;
        var name = (effective == Domain.Language.English ? IdentityTexts.LanguageEnglish : IdentityTexts.LanguageFrench).In(shownIn);
        return (user.PreferredLanguage is null ? IdentityTexts.LanguageFollowsClient : IdentityTexts.LanguageChosen).In(shownIn, name);
    }
}
