using System.Text;

namespace GovernanceBot.TestSupport.Playground;

/// <summary>
/// The fake Teams tenant the Agents Playground simulates (its <c>.m365agentsplayground.yml</c>): who
/// the user is, the other people, the personal chat, a group chat and a team with channels. Tests use
/// these ids to configure the bot (roles by Entra object id) and to find chats in the UI.
/// </summary>
public sealed class PlaygroundConfiguration
{
    /// <summary>The tree item the Playground shows for the one-to-one chat with the bot.</summary>
    public const string PersonalChatName = "Personal Chat";

    public string TenantId { get; init; } = "6f1c2b1e-3a4d-4e5f-9a0b-1c2d3e4f5a6b";

    public string BotId { get; init; } = "0b7e2c5d-8f91-4a3b-b6c4-d2e1f0a9b8c7";

    public string BotName { get; init; } = "GovernanceBot";

    public PlaygroundUser CurrentUser { get; init; } = new("user-camille", "Camille", "Martin", "a1b2c3d4-0000-4000-8000-000000000001");

    /// <summary>The other people; the Playground refuses to start with fewer than five.</summary>
    public IReadOnlyList<PlaygroundUser> Users { get; init; } =
    [
        new("user-lea", "Lea", "Bernard", "a1b2c3d4-0000-4000-8000-000000000002"),
        new("user-hugo", "Hugo", "Petit", "a1b2c3d4-0000-4000-8000-000000000003"),
        new("user-ines", "Ines", "Moreau", "a1b2c3d4-0000-4000-8000-000000000004"),
        new("user-louis", "Louis", "Girard", "a1b2c3d4-0000-4000-8000-000000000005"),
        new("user-chloe", "Chloe", "Roux", "a1b2c3d4-0000-4000-8000-000000000006"),
    ];

    public string PersonalChatId { get; init; } = "personal-chat-governancebot";

    public string GroupChatId { get; init; } = "group-chat-data-office";

    public string GroupChatName { get; init; } = "Data Office";

    public string TeamId { get; init; } = "team-data-hub";

    public string TeamName { get; init; } = "Data Hub";

    public string TeamAadGroupId { get; init; } = "c0ffee00-0000-4000-8000-000000000031";

    /// <summary>The team's channel besides General; the Playground accepts no more than one.</summary>
    public PlaygroundChannel Channel { get; init; } = new("channel-governance", "Gouvernance");

    public string ToYaml()
    {
        var yaml = new StringBuilder();
        yaml.AppendLine("version: \"0.1.1\"");
        yaml.AppendLine($"tenantId: {Quote(TenantId)}");
        yaml.AppendLine("bot:");
        yaml.AppendLine($"  id: {Quote(BotId)}");
        yaml.AppendLine($"  name: {Quote(BotName)}");
        yaml.AppendLine("currentUser:");
        AppendUser(yaml, CurrentUser, "  ");
        yaml.AppendLine("users:");
        foreach (var user in Users)
        {
            AppendUser(yaml, user, "  - ", "    ");
        }
        yaml.AppendLine("personalChat:");
        yaml.AppendLine($"  id: {Quote(PersonalChatId)}");
        yaml.AppendLine("groupChat:");
        yaml.AppendLine($"  id: {Quote(GroupChatId)}");
        yaml.AppendLine($"  name: {Quote(GroupChatName)}");
        yaml.AppendLine("team:");
        yaml.AppendLine($"  id: {Quote(TeamId)}");
        yaml.AppendLine($"  name: {Quote(TeamName)}");
        yaml.AppendLine($"  aadGroupId: {Quote(TeamAadGroupId)}");
        yaml.AppendLine("  channels:");
        yaml.AppendLine($"    - id: {Quote(Channel.Id)}");
        yaml.AppendLine($"      name: {Quote(Channel.Name)}");
        return yaml.ToString();
    }

    private static void AppendUser(StringBuilder yaml, PlaygroundUser user, string firstIndent, string? indent = null)
    {
        indent ??= firstIndent;
        yaml.AppendLine($"{firstIndent}id: {Quote(user.Id)}");
        yaml.AppendLine($"{indent}name: {Quote(user.Name)}");
        // "userPrincipleName" is the Playground's own spelling of the key.
        yaml.AppendLine($"{indent}userPrincipleName: {Quote(user.Email)}");
        yaml.AppendLine($"{indent}aadObjectId: {Quote(user.AadObjectId)}");
        yaml.AppendLine($"{indent}givenName: {Quote(user.GivenName)}");
        yaml.AppendLine($"{indent}surname: {Quote(user.Surname)}");
        yaml.AppendLine($"{indent}email: {Quote(user.Email)}");
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
