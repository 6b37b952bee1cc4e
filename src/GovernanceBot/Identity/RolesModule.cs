using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovernanceBot.BotFramework.Routing;
using GovernanceBot.BotFramework.Schema;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain;
using GovernanceBot.Help;
using GovernanceBot.Modules;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Identity;

/// <summary>
/// "rôles" / "roles" lists who holds which role (configuration and grants); admins grant and revoke with
/// "rôle ajouter @nom copil" / "role add @name copil" and "rôle retirer …" / "role remove …". Grants are stored
/// and read on every turn, so they take effect at once; each change is logged with who and when.
/// Configuration stays the bootstrap: a role given there is removed there.
/// </summary>
public sealed partial class RolesModule : IFeatureModule
{
    public static readonly BotCommand List = new("rôles", "roles");
    public static readonly BotCommand Change = new("rôle", "role");

    public IEnumerable<HelpTopic> HelpTopics => [HelpTopic.For(HelpPosition.Roles, RolesTexts.HelpRolesTitle, RolesTexts.HelpRolesDescription, List)];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapRoutes(FeatureRoutes routes)
    {
        var grants = routes.Get<RoleGrantStore>();
        var configured = routes.Get<IOptionsMonitor<RoleOptions>>();
        var clock = routes.Get<TimeProvider>();
        routes.OnCommand(List, (turn, cancellationToken) => ListAsync(grants, configured.CurrentValue, turn, cancellationToken));
        routes.OnCommand(Change, (turn, cancellationToken) => ChangeAsync(grants, configured.CurrentValue, clock, turn, cancellationToken),
            RouteGuard.Permitted(Permission.ManageRoles, RolesTexts.RolesRefused));
    }

    private static async Task ListAsync(RoleGrantStore grants, RoleOptions configured, ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var stored = await grants.ListAsync(cancellationToken);
        var lines = Enum.GetValues<Role>().Select(role =>
        {
            var holders = configured.Assignments.Where(a => a.Role == role).SelectMany(a => a.Members).Select(m => $"{m} {RolesTexts.RolesFromConfig.In(language)}")
                .Concat(stored.Where(g => g.Role == role).Select(g => RolesTexts.RoleListLine.In(language, g.Name ?? g.Identifier, g.GrantedBy, g.GrantedAt.ToString("d MMMM yyyy", Localization.TextCatalog.Culture(language)))))
                .ToList();
            return "- " + RolesTexts.RolesLine.In(language, RoleNames.Of(role, language), holders.Count == 0 ? RolesTexts.RolesNobody.In(language) : string.Join("; ", holders));
        });
        await turn.SendTextAsync(RolesTexts.RolesTitle.In(language) + "\n\n" + string.Join("\n", lines) + "\n\n" + RolesTexts.RolesUsageLine.In(language), cancellationToken);
    }

    private static async Task ChangeAsync(RoleGrantStore grants, RoleOptions configured, TimeProvider clock, ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var match = ChangeCommand().Match(turn.Text);
        if (!match.Success)
        {
            await turn.SendTextAsync(RolesTexts.RoleUsage.In(language), cancellationToken);
            return;
        }
        var words = CommandText.Words(AtTag().Replace(match.Groups["rest"].Value, " "));
        if (words.Length == 0 || RoleOf(words[^1]) is not { } role)
        {
            await turn.SendTextAsync(RolesTexts.RoleNotFound.In(language), cancellationToken);
            return;
        }
        var target = MentionedUser(turn.Activity) ?? TypedId(match.Groups["rest"].Value);
        if (target is null)
        {
            await turn.SendTextAsync(RolesTexts.RoleNoTarget.In(language), cancellationToken);
            return;
        }

        var user = await turn.GetUserAsync(cancellationToken);
        var change = new RoleGrant(role, target.Value.Id, target.Value.Name, user.DisplayName ?? user.UserKey, clock.GetUtcNow());
        var who = target.Value.Name ?? target.Value.Id;
        var roleName = RoleNames.Of(role, language);
        var adding = match.Groups["verb"].Value.ToLowerInvariant() is "ajouter" or "add";
        if (adding)
        {
            await grants.GrantAsync(change, cancellationToken);
            await turn.SendTextAsync(RolesTexts.RoleGranted.In(language, who, roleName), cancellationToken);
            return;
        }
        if (await grants.RevokeAsync(change, cancellationToken))
            await turn.SendTextAsync(RolesTexts.RoleRevoked.In(language, who, roleName), cancellationToken);
        else if (configured.Assignments.Any(a => a.Role == role && a.Members.Contains(target.Value.Id, StringComparer.OrdinalIgnoreCase)))
            await turn.SendTextAsync(RolesTexts.RoleFromConfigOnly.In(language, who, roleName), cancellationToken);
        else
            await turn.SendTextAsync(RolesTexts.RoleNotHeld.In(language, who, roleName), cancellationToken);
    }

    private static Role? RoleOf(string word) => word switch
    {
        "admin" or "admins" or "administrateur" or "administrateurs" => Role.Admin,
        "central" or "centrale" or "centralteam" => Role.CentralTeam,
        "copil" => Role.Copil,
        "comms" or "communication" => Role.Comms,
        _ => null,
    };

    /// <summary>The first person mentioned other than the bot: Teams gives their channel id and name in the mention entity.</summary>
    private static (string Id, string? Name)? MentionedUser(Activity activity)
    {
        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(JsonText.Of(entity["type"]), "mention", StringComparison.OrdinalIgnoreCase)) continue;
            var mentioned = entity["mentioned"] as JsonObject;
            var id = JsonText.Of(mentioned?["id"]);
            if (string.IsNullOrWhiteSpace(id) || string.Equals(id, activity.Recipient?.Id, StringComparison.OrdinalIgnoreCase)) continue;
            return (id.Trim(), JsonText.Of(mentioned?["name"]));
        }
        return null;
    }

    /// <summary>An id typed instead of a mention (an Entra object id, or a channel id such as "29:…"), for clients without mentions.</summary>
    private static (string Id, string? Name)? TypedId(string rest) =>
        rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(token => Guid.TryParse(token, out _) || token.Contains(':', StringComparison.Ordinal)) is { } id
            && id.Length <= 200 && !id.Contains('<', StringComparison.Ordinal)
            ? (id, null)
            : null;

    [GeneratedRegex(@"^\s*r[oô]le\s+(?<verb>ajouter|add|retirer|remove)\b(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ChangeCommand();

    [GeneratedRegex(@"<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();
}
