using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.Tests.Maturity;

namespace GovernanceBot.Tests.Hubs;

public sealed class HubsFeatureTests : IDisposable
{
    private readonly BotTestHost _host = new(MaturityHostFixture.RoleSettings);

    public void Dispose() => _host.Dispose();

    private static string TextOf(IReadOnlyList<System.Text.Json.Nodes.JsonObject> replies) => Assert.Single(replies)["text"]!.GetValue<string>();

    [Fact]
    public async Task An_admin_adds_hubs_in_french_or_english_and_everyone_can_list_them()
    {
        var admin = _host.Conversation(MaturityHostFixture.Admin);

        Assert.Equal("Hub «\u00A0Banque de détail\u00A0» ajouté.", TextOf(await admin.SendAsync("hub ajouter Banque de détail")));
        Assert.Equal("Hub \"Mail & parcels\" added.", TextOf(await _host.Conversation(MaturityHostFixture.Admin, "en-US").SendAsync("hub add Mail & parcels")));

        var list = TextOf(await _host.Conversation(MaturityHostFixture.NewUser()).SendAsync("hubs"));
        Assert.Contains("Hubs (2) :", list);
        Assert.Contains("- Banque de détail", list);
        Assert.Contains("- Mail & parcels", list);
    }

    [Fact]
    public async Task A_hub_name_too_long_for_an_id_is_refused_and_nothing_is_added()
    {
        var admin = _host.Conversation(MaturityHostFixture.Admin);

        var reply = TextOf(await admin.SendAsync("hub ajouter " + new string('a', 65)));

        Assert.Equal("Ce nom est trop long : l'identifiant du hub tiré du nom doit tenir en 64 caractères. Choisissez un nom plus court.", reply);
        Assert.Contains("Aucun hub pour l'instant", TextOf(await admin.SendAsync("hubs")));
    }

    [Fact]
    public async Task A_non_admin_is_told_only_admins_add_hubs_and_nothing_is_added()
    {
        var member = _host.Conversation(MaturityHostFixture.NewUser());

        Assert.Equal(
            "Seuls les administrateurs peuvent ajouter des hubs. Demandez à un administrateur de le faire pour vous.",
            TextOf(await member.SendAsync("hub ajouter Pirates")));
        Assert.Contains("Aucun hub pour l'instant", TextOf(await member.SendAsync("hubs")));
    }

    [Fact]
    public async Task The_central_team_is_not_admin_either()
    {
        var central = _host.Conversation(MaturityHostFixture.CentralTeamMember, "en-US");

        Assert.Equal("Only admins can add hubs. Ask an admin to add it for you.", TextOf(await central.SendAsync("hub add Pirates")));
    }

    [Fact]
    public async Task Adding_a_hub_twice_says_it_exists()
    {
        var admin = _host.Conversation(MaturityHostFixture.Admin);
        await admin.SendAsync("hub ajouter Assurance");

        Assert.Equal("Le hub «\u00A0Assurance\u00A0» existe déjà.", TextOf(await admin.SendAsync("hub ajouter  ASSURANCE ")));
    }

    [Fact]
    public async Task Adding_a_hub_without_a_name_explains_the_command()
    {
        Assert.Equal("Indiquez le nom du hub, par exemple «\u00A0hub ajouter Banque privée\u00A0».", TextOf(await _host.Conversation(MaturityHostFixture.Admin).SendAsync("hub ajouter")));
    }

    [Fact]
    public async Task With_no_hub_the_questionnaire_says_an_admin_must_create_one()
    {
        var reply = Assert.Single(await _host.Conversation(MaturityHostFixture.NewUser()).SendAsync("maturité"));

        Assert.Equal("Aucun hub n'existe encore. Un administrateur peut en créer, par exemple avec «\u00A0hub ajouter Banque privée\u00A0».", reply["text"]!.GetValue<string>());
    }
}
