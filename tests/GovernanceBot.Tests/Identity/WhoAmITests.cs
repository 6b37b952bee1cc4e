using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.Tests.Maturity;

namespace GovernanceBot.Tests.Identity;

public sealed class WhoAmITests(MaturityHostFixture fixture) : IClassFixture<MaturityHostFixture>
{
    private async Task<string> AskAsync(TestUser user, string locale = "fr-FR") =>
        Assert.Single(await fixture.Host.Conversation(user, locale).SendAsync(locale.StartsWith("en") ? "whoami" : "qui suis-je"))["text"]!.GetValue<string>();

    [Fact]
    public async Task Whoami_shows_both_ids_so_a_user_can_configure_a_role()
    {
        var user = MaturityHostFixture.NewUser();

        var text = await AskAsync(user);

        Assert.Contains($"identifiant Entra (aadObjectId) : {user.AadObjectId}", text);
        Assert.Contains($"identifiant de canal (from.id) : {user.Id}", text);
        Assert.Contains("rôles : aucun", text);
    }

    [Fact]
    public async Task Roles_match_the_entra_object_id()
    {
        Assert.Contains("roles: Admin", await AskAsync(MaturityHostFixture.Admin, "en-US"));
        Assert.Contains("roles: CentralTeam", await AskAsync(MaturityHostFixture.CentralTeamMember, "en-US"));
    }

    [Fact]
    public async Task Roles_fall_back_to_the_channel_id_for_clients_without_an_object_id()
    {
        // Denise is configured by channel id, as a Playground user would be.
        Assert.Contains("roles: Copil", await AskAsync(MaturityHostFixture.CopilMember, "en-US"));
        var withoutObjectId = MaturityHostFixture.CopilMember with { AadObjectId = "" };
        Assert.Contains("roles: Copil", await AskAsync(withoutObjectId, "en-US"));
    }

    [Fact]
    public async Task The_chosen_hub_is_part_of_who_the_user_is_by_its_name()
    {
        var user = new MaturityConversation(fixture.Host.Conversation(MaturityHostFixture.NewUser()));
        await user.SayAsync("maturité");
        await user.ChooseHubAsync("assurance");

        Assert.Contains("- hub : Assurance\n", await AskAsync(user.Conversation.User));
    }
}
