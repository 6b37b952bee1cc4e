using GovernanceBot.BotFramework.Schema;
using GovernanceBot.Domain;
using GovernanceBot.Hubs;
using GovernanceBot.Storage;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Identity;

/// <summary>
/// Roles from configuration (<see cref="RoleOptions"/>, re-read when it changes) and the user's own choices
/// from the <c>UserProfiles</c> table: PartitionKey = user key, RowKey = "profile", one row holding the hub
/// they joined and the language they chose, so one point read answers both.
/// </summary>
internal sealed class UserDirectory(IOptionsMonitor<RoleOptions> roles, RoleGrantStore grants, ITableStorage storage, IHubDirectory hubs, TimeProvider clock) : IUserDirectory
{
    public const string TableName = "UserProfiles";
    private const string ProfileRow = "profile";

    /// <summary>"fr", "en", or "auto" (follow the client); "auto" is stored rather than removed because a merge cannot erase.</summary>
    private const string LanguageProperty = "Language";
    private const string AutoLanguage = "auto";

    private ITable Table => storage.GetTable(TableName);

    public async Task<UserAccess> GetAccessAsync(ChannelAccount? user, CancellationToken cancellationToken)
    {
        var key = UserKeys.For(user?.AadObjectId, user?.Id);
        var profile = await Table.GetAsync(key, ProfileRow, cancellationToken);
        var granted = await grants.ListAsync(cancellationToken);
        return new UserAccess(key, user?.Name, RolesOf(user!, granted), profile?.GetString("HubId")) { PreferredLanguage = LanguageOf(profile) };
    }

    public async Task<Language?> PreferredLanguageAsync(string userKey, CancellationToken cancellationToken) =>
        LanguageOf(await Table.GetAsync(userKey, ProfileRow, cancellationToken));

    private static Language? LanguageOf(TableEntity? profile) => profile?.GetString(LanguageProperty) switch
    {
        "fr" => Language.French,
        "en" => Language.English,
        _ => null,
    };

    public async Task<UserAccess> JoinHubAsync(UserAccess user, string hubId, CancellationToken cancellationToken)
    {
        _ = await hubs.FindAsync(hubId, cancellationToken) ?? throw new UnknownHubException(hubId);
        var profile = new TableEntity(user.UserKey, ProfileRow) { ["HubId"] = hubId, ["UpdatedAt"] = clock.GetUtcNow() };
        if (user.DisplayName is not null) profile["DisplayName"] = user.DisplayName;
        await Table.UpsertAsync(profile, TableUpdateMode.Merge, cancellationToken);
        return user with { HubId = hubId };
    }

    public async Task<UserAccess> SetLanguageAsync(UserAccess user, Language? language, CancellationToken cancellationToken)
    {
        var profile = new TableEntity(user.UserKey, ProfileRow)
        {
            [LanguageProperty] = language?.Code() ?? AutoLanguage,
            ["UpdatedAt"] = clock.GetUtcNow(),
        };
        if (user.DisplayName is not null) profile["DisplayName"] = user.DisplayName;
        await Table.UpsertAsync(profile, TableUpdateMode.Merge, cancellationToken);
        return user with { PreferredLanguage = language };
    }

    /// <summary>Everyone holding <paramref name="role"/>: configured (the bootstrap) and granted from the bot, by the identifier they were named with.</summary>
    public async Task<IReadOnlyList<string>> HoldersAsync(Role role, CancellationToken cancellationToken)
    {
        var configured = roles.CurrentValue.Assignments.Where(a => a.Role == role).SelectMany(a => a.Members);
        var granted = (await grants.ListAsync(cancellationToken)).Where(g => g.Role == role).Select(g => g.Identifier);
        return [.. configured.Concat(granted).Select(id => id.Trim()).Where(id => id.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Roles from configuration (the bootstrap) plus those granted from the bot, matched on either of the user's ids.</summary>
    private HashSet<Role> RolesOf(ChannelAccount user, IReadOnlyList<RoleGrant> granted)
    {
        var ids = new[] { user.AadObjectId, user.Id }.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id!.Trim()).ToList();
        var configured = roles.CurrentValue.Assignments
            .Where(a => a.Members.Any(member => ids.Contains(member.Trim(), StringComparer.OrdinalIgnoreCase)))
            .Select(a => a.Role);
        var stored = granted.Where(g => ids.Contains(g.Identifier.Trim(), StringComparer.OrdinalIgnoreCase)).Select(g => g.Role);
        return configured.Concat(stored).ToHashSet();
    }
}
