using GovernanceBot.Tests.Infrastructure;

namespace GovernanceBot.Tests.Maturity;

public sealed class MaturityRestartTests
{
    [Fact]
    public async Task Answers_survive_a_restart_and_the_assessment_resumes_where_the_user_left_off()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("governancebot-maturity-restart-").FullName;
        var user = MaturityHostFixture.NewUser();
        try
        {
            using (var firstRun = new BotTestHost(MaturityHostFixture.RoleSettings, dataDirectory))
            {
                await MaturityHostFixture.CreateHubsAsync(firstRun);
                var before = new MaturityConversation(firstRun.Conversation(user));
                await before.SayAsync("maturité");
                await before.ChooseHubAsync("assurance");
                await before.AnswerAsync(MaturityAnswers.First, 6);
                Assert.Contains("Question 7 sur 15", before.Text);
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

            using var secondRun = new BotTestHost(MaturityHostFixture.RoleSettings, dataDirectory);
            var after = new MaturityConversation(secondRun.Conversation(user));
            await after.SayAsync("maturité");

            Assert.Contains("Question 7 sur 15", after.Text);
            Assert.Contains("Hub : Assurance", after.Text);
            Assert.Contains("Reprise là où vous vous étiez arrêté.", after.Text);

            await after.AnswerAsync(MaturityAnswers.First, 9);
            Assert.Contains("Score : 20 / 33 (61 %)", after.Text);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
