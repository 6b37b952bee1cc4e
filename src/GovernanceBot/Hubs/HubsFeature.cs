using System.Text.RegularExpressions;
using GovernanceBot.BotFramework.Routing;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain;
using GovernanceBot.Identity;
using GovernanceBot.Localization;

namespace GovernanceBot.Hubs;

/// <summary>"hubs" lists the hubs; "hub add &lt;name&gt;" / "hub ajouter &lt;nom&gt;" lets an admin create one.</summary>
internal sealed partial class HubsFeature(IHubDirectory hubs, IUserDirectory users) : IBotFeature
{
    public static readonly TextCatalog Texts = TextCatalog.Load("Hubs.texts.json");

    public void MapRoutes(BotRoutes routes)
    {
        routes.OnCommand(["hubs"], ListAsync);
        routes.OnCommand(["hub add", "hub ajouter"], AddAsync);
    }

    private async Task ListAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = Languages.FromLocale(turn.Activity.Locale);
        var all = await hubs.ListAsync(cancellationToken);
        var text = all.Count == 0
            ? Texts.Get("ListEmpty", language)
            : Texts.Get("ListTitle", language, all.Count) + "\n\n" + string.Join("\n", all.Select(h => $"- {h.Name}"));
        await turn.SendTextAsync(text, cancellationToken);
    }

    private async Task AddAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = Languages.FromLocale(turn.Activity.Locale);
        var user = await users.GetAccessAsync(turn.Activity.From, cancellationToken);
        if (!user.May(Permission.ManageHubs))
        {
            await turn.SendTextAsync(Texts.Get("AddRefused", language), cancellationToken);
            return;
        }

        var name = AddCommand().Match(turn.Text).Groups["name"].Value.Trim();
        if (HubIds.FromName(name).Length == 0)
        {
            await turn.SendTextAsync(Texts.Get("AddUsage", language), cancellationToken);
            return;
        }
        if (HubIds.FromName(name).Length > HubIds.MaxLength)
        {
            await turn.SendTextAsync(Texts.Get("AddTooLong", language, HubIds.MaxLength), cancellationToken);
            return;
        }

        try
        {
            var hub = await hubs.AddAsync(name, user.UserKey, cancellationToken);
            await turn.SendTextAsync(Texts.Get("Added", language, hub.Name), cancellationToken);
        }
        catch (DuplicateHubException duplicate)
        {
            await turn.SendTextAsync(Texts.Get("AlreadyExists", language, duplicate.Existing.Name), cancellationToken);
        }
    }

    [GeneratedRegex(@"^\s*hub\s+(?:add|ajouter)\b(?<name>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AddCommand();
}
