using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Help;
using GovernanceBot.Modules;

namespace GovernanceBot.Identity;

/// <summary>
/// Who users are and what they may do (<see cref="IUserDirectory"/>, roles from the <c>Roles</c> section),
/// and "qui suis-je" / "whoami": the sender's ids, roles and hub as the bot sees them, which is also how
/// someone finds the id to put in the role configuration.
/// </summary>
public sealed class IdentityModule : IFeatureModule
{
    public static readonly BotCommand WhoAmI = new("qui suis-je", "whoami", "who am i");

    public IEnumerable<HelpTopic> HelpTopics => [HelpTopic.For(HelpPosition.WhoAmI, IdentityTexts.HelpTopicTitle, IdentityTexts.HelpTopicDescription, WhoAmI)];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RoleOptions>(configuration.GetSection(RoleOptions.Section));
        services.AddSingleton<IUserDirectory, UserDirectory>();
    }

    public void MapRoutes(FeatureRoutes routes) => routes.OnCommand(WhoAmI, WhoAmIAsync);

    private static async Task WhoAmIAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var from = turn.Activity.From;
        var user = await turn.GetUserAsync(cancellationToken);
        var roles = user.Roles.Count == 0 ? IdentityTexts.None.In(language) : string.Join(", ", user.Roles.Order());
        await turn.SendTextAsync(
            IdentityTexts.WhoAmI.In(language, from?.Name ?? "?", from?.AadObjectId ?? "—", from?.Id ?? "—", roles, user.HubId ?? IdentityTexts.NotChosen.In(language)),
            cancellationToken);
    }
}
