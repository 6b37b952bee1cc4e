using System.Text.RegularExpressions;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Demo;
using GovernanceBot.Help;
using GovernanceBot.Identity;
using GovernanceBot.Modules;

namespace GovernanceBot.Hubs;

/// <summary>"hubs" lists the hubs; "hub add &lt;name&gt;" / "hub ajouter &lt;nom&gt;" lets an admin create one.</summary>
public sealed partial class HubsModule : IFeatureModule
{
    public static readonly BotCommand List = new("hubs", "hubs");
    public static readonly BotCommand Add = new("hub ajouter", "hub add");

    public IEnumerable<HelpTopic> HelpTopics => [HelpTopic.For(HelpPosition.Hubs, HubsTexts.HelpTopicTitle, HubsTexts.HelpTopicDescription, List)];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IHubDirectory, HubDirectory>();
        services.AddDemoData<HubsDemoData>();
    }

    public void MapRoutes(FeatureRoutes routes)
    {
        var hubs = routes.Get<IHubDirectory>();
        routes.OnCommand(List, (turn, cancellationToken) => ListAsync(hubs, turn, cancellationToken));
        routes.OnCommand(Add, (turn, cancellationToken) => AddAsync(hubs, turn, cancellationToken), RouteGuard.Permitted(Permission.ManageHubs, HubsTexts.AddRefused));
    }

    private static async Task ListAsync(IHubDirectory hubs, ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var all = await hubs.ListAsync(cancellationToken);
        var text = all.Count == 0
            ? HubsTexts.ListEmpty.In(language)
            : HubsTexts.ListTitle.In(language, all.Count) + "\n\n" + string.Join("\n", all.Select(h => $"- {h.Name}"));
        await turn.SendTextAsync(text, cancellationToken);
    }

    private static async Task AddAsync(IHubDirectory hubs, ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var user = await turn.GetUserAsync(cancellationToken);

        var name = AddCommand().Match(turn.Text).Groups["name"].Value.Trim();
        if (HubIds.FromName(name).Length == 0)
        {
            await turn.SendTextAsync(HubsTexts.AddUsage.In(language), cancellationToken);
            return;
        }
        if (HubIds.FromName(name).Length > HubIds.MaxLength)
        {
            await turn.SendTextAsync(HubsTexts.AddTooLong.In(language, HubIds.MaxLength), cancellationToken);
            return;
        }

        try
        {
            var hub = await hubs.AddAsync(name, user.UserKey, cancellationToken);
            await turn.SendTextAsync(HubsTexts.Added.In(language, hub.Name), cancellationToken);
        }
        catch (DuplicateHubException duplicate)
        {
            await turn.SendTextAsync(HubsTexts.AlreadyExists.In(language, duplicate.Existing.Name), cancellationToken);
        }
    }

    [GeneratedRegex(@"^\s*hub\s+(?:add|ajouter)\b(?<name>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AddCommand();
}
