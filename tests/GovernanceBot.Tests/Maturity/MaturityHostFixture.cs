using GovernanceBot.Tests.Infrastructure;

namespace GovernanceBot.Tests.Maturity;

/// <summary>
/// One bot for the maturity tests, with Chloé as admin, Bruno in the central team and Denise in the Copil,
/// and two hubs the admin created through the bot. Tests use their own fresh users, so they never share a draft.
/// </summary>
public sealed class MaturityHostFixture : IAsyncLifetime
{
    public static readonly TestUser Admin = TestUser.Chloe;
    public static readonly TestUser CentralTeamMember = TestUser.Bruno;
    public static readonly TestUser CopilMember = new("29:denise", "00000000-0000-0000-0000-0000000000d4", "Denise Roux");

    public static Dictionary<string, string?> RoleSettings => new()
    {
        ["Roles:Admins:0"] = Admin.AadObjectId,
        ["Roles:CentralTeam:0"] = CentralTeamMember.AadObjectId,
        ["Roles:Copil:0"] = CopilMember.Id,
    };

    public BotTestHost Host { get; } = new(RoleSettings);

    /// <summary>A user nobody has seen before.</summary>
    public static TestUser NewUser(string name = "Nouvel Utilisateur")
    {
        var id = Guid.NewGuid();
        return new TestUser("29:" + id.ToString("N"), id.ToString(), name);
    }

    public static async Task CreateHubsAsync(BotTestHost host)
    {
        var admin = host.Conversation(Admin);
        await admin.SendAsync("hub ajouter Banque de détail");
        await admin.SendAsync("hub ajouter Assurance");
    }

    /// <summary>Creates a hub of its own for one test (as the admin); returns its id.</summary>
    public async Task<string> NewHubAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await Host.Conversation(Admin).SendAsync($"hub ajouter Hub {suffix}");
        return $"hub-{suffix}";
    }

    public Task InitializeAsync() => CreateHubsAsync(Host);

    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}
