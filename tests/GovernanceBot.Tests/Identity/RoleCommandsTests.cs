using System.Text.Json.Nodes;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.Tests.Maturity;

namespace GovernanceBot.Tests.Identity;

public sealed class RoleCommandsTests : IDisposable
{
    private readonly BotTestHost _host = new(MaturityHostFixture.RoleSettings);

    private async Task<string> SayWithMentionAsync(TestUser from, string text, TestUser mentioned)
    {
        var conversation = _host.Conversation(from);
        var activity = conversation.NewActivity("message");
        activity["text"] = text.Replace("@", $"<at>{mentioned.Name}</at>", StringComparison.Ordinal);
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = $"<at>{mentioned.Name}</at>",
            ["mentioned"] = new JsonObject { ["id"] = mentioned.Id, ["name"] = mentioned.Name },
        });
        return Assert.Single(await conversation.PostForRepliesAsync(activity))["text"]!.GetValue<string>();
    }

    private async Task<string> SayAsync(TestUser from, string text) => Assert.Single(await _host.Conversation(from).SendAsync(text))["text"]!.GetValue<string>();

    [Fact]
    public async Task An_admin_grants_a_role_by_mention_it_applies_at_once_and_is_listed_with_who_and_when()
    {
        var zoe = MaturityHostFixture.NewUser("Zoé Garnier");
        Assert.Contains("Réservé à l'équipe centrale", await SayAsync(zoe, "à évaluer"));

        var answer = await SayWithMentionAsync(MaturityHostFixture.Admin, "rôle ajouter @ équipe centrale", zoe);

        Assert.Equal("Zoé Garnier a maintenant le rôle équipe centrale.", answer);
        Assert.Contains("Cas d'usage à évaluer", Assert.Single(await _host.Conversation(zoe).SendAsync("à évaluer")).AllText());
        var list = await SayAsync(zoe, "rôles");
        Assert.Contains($"Zoé Garnier — donné par {MaturityHostFixture.Admin.Name} le", list);
    }

    [Fact]
    public async Task A_revoked_role_is_gone_at_once_and_a_configured_one_must_be_removed_from_configuration()
    {
        var zoe = MaturityHostFixture.NewUser("Zoé Garnier");
        await SayWithMentionAsync(MaturityHostFixture.Admin, "role add @ copil", zoe);
        Assert.Contains("Copil", await SayAsync(zoe, "whoami"));

        var revoked = await SayWithMentionAsync(MaturityHostFixture.Admin, "role remove @ copil", zoe);
        var configured = await SayWithMentionAsync(MaturityHostFixture.Admin, "rôle retirer @ copil", MaturityHostFixture.CopilMember);
        var neverGiven = await SayWithMentionAsync(MaturityHostFixture.Admin, "rôle retirer @ comms", zoe);

        Assert.Equal("Zoé Garnier n'a plus le rôle Copil.", revoked);
        Assert.DoesNotContain("Copil", await SayAsync(zoe, "qui suis-je"));
        Assert.Contains("par la configuration", configured);
        Assert.Contains("rien à retirer", neverGiven);
        Assert.Contains("Copil", await SayAsync(MaturityHostFixture.CopilMember, "qui suis-je"));
    }

    [Fact]
    public async Task Only_admins_change_roles_and_a_bad_request_is_explained()
    {
        var zoe = MaturityHostFixture.NewUser();

        Assert.Equal("Seuls les administrateurs gèrent les rôles. Rien n'a été modifié.", await SayWithMentionAsync(zoe, "rôle ajouter @ admin", zoe));
        Assert.Contains("Je ne reconnais pas ce rôle", await SayWithMentionAsync(MaturityHostFixture.Admin, "rôle ajouter @ pape", zoe));
        Assert.Contains("Mentionnez la personne", await SayAsync(MaturityHostFixture.Admin, "rôle ajouter copil"));
        Assert.Contains("rôles : aucun", await SayAsync(zoe, "qui suis-je"));
    }

    public void Dispose() => _host.Dispose();
}
