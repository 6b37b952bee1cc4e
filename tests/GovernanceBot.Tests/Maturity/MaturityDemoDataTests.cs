using GovernanceBot.Tests.Infrastructure;

namespace GovernanceBot.Tests.Maturity;

public sealed class MaturityDemoDataTests
{
    [Fact]
    public async Task Demo_data_gives_hubs_and_past_assessments_and_a_restart_adds_nothing()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("governancebot-maturity-demo-").FullName;
        var settings = new Dictionary<string, string?>(MaturityHostFixture.RoleSettings) { ["Demo:Enabled"] = "true" };
        try
        {
            for (var run = 1; run <= 2; run++)
            {
                using var host = new BotTestHost(settings, dataDirectory);
                var central = new MaturityConversation(host.Conversation(MaturityHostFixture.CentralTeamMember));
                await central.SayAsync("synthèse maturité");

                var text = central.Text;
                foreach (var hub in new[] { "Banque de détail", "Courrier & colis", "Assurance", "Ressources humaines" }) Assert.Contains(hub, text);
                Assert.Contains("pas encore évalué", text);

                var member = new MaturityConversation(host.Conversation(MaturityHostFixture.NewUser()));
                await member.SayAsync("maturité");
                await member.ChooseHubAsync("banque-de-detail");
                await member.SayAsync("mes évaluations");
                Assert.Equal(2, member.Card.ExecuteActions().Count(a => a.Verb == GovernanceBot.Maturity.MaturityVerbs.Result));
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
