using GovernanceBot.BotFramework.Routing;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain;
using GovernanceBot.Localization;

namespace GovernanceBot.Identity;

/// <summary>
/// "qui suis-je" / "whoami": the sender's ids, roles and hub as the bot sees them, which is also how
/// someone finds the id to put in the <c>Roles</c> configuration.
/// </summary>
internal sealed class IdentityFeature(IUserDirectory users) : IBotFeature
{
    public static readonly TextCatalog Texts = TextCatalog.Load("Identity.texts.json");

    public void MapRoutes(BotRoutes routes) => routes.OnCommand(["qui suis-je", "whoami", "who am i"], WhoAmIAsync);

    private async Task WhoAmIAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = Languages.FromLocale(turn.Activity.Locale);
        var from = turn.Activity.From;
        var user = await users.GetAccessAsync(from, cancellationToken);
        var roles = user.Roles.Count == 0 ? Texts.Get("None", language) : string.Join(", ", user.Roles.Order());
        await turn.SendTextAsync(
            Texts.Get("WhoAmI", language, from?.Name ?? "?", from?.AadObjectId ?? "—", from?.Id ?? "—", roles, user.HubId ?? Texts.Get("NotChosen", language)),
            cancellationToken);
    }
}
