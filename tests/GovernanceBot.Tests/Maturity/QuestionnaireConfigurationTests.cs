using System.Text.Json.Nodes;
using GovernanceBot.TestSupport;
using GovernanceBot.TestSupport.Processes;
using GovernanceBot.Tests.Infrastructure;

namespace GovernanceBot.Tests.Maturity;

public sealed class QuestionnaireConfigurationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("governancebot-questionnaire-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static JsonObject ShippedDocument() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "GovernanceBot", "Maturity", "questionnaire.v1.json")))!.AsObject();

    private string Write(string name, JsonObject document)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, document.ToJsonString());
        return path;
    }

    private Dictionary<string, string?> Settings(string? questionnairePath) => new(MaturityHostFixture.RoleSettings)
    {
        ["Maturity:QuestionnairePath"] = questionnairePath,
    };

    [Fact]
    public async Task An_organisation_questionnaire_replaces_the_built_in_one_and_history_keeps_each_version()
    {
        var dataDirectory = Path.Combine(_directory, "data");
        var user = MaturityHostFixture.NewUser();
        using (var builtIn = new BotTestHost(Settings(null), dataDirectory))
        {
            await MaturityHostFixture.CreateHubsAsync(builtIn);
            var first = new MaturityConversation(builtIn.Conversation(user));
            await first.SayAsync("maturité");
            await first.ChooseHubAsync("assurance");
            await first.AnswerAsync(MaturityAnswers.First, 15);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var adapted = ShippedDocument();
        adapted["version"] = 2;
        adapted["questions"]![0]!["text"]!["fr"] = "Pouvez-vous suivre vos données de la source au rapport ?";
        using var organisation = new BotTestHost(Settings(Write("questionnaire.v2.json", adapted)), dataDirectory);
        var second = new MaturityConversation(organisation.Conversation(user));
        await second.SayAsync("maturité");
        Assert.Contains("Pouvez-vous suivre vos données de la source au rapport ?", second.Text);
        await second.AnswerAsync(MaturityAnswers.Second, 15);

        Assert.Contains("Score : 25 / 33 (76 %)", second.Text);
        Assert.Contains("L'évaluation précédente utilisait la version 1 du questionnaire : seul le pourcentage est comparable (+15 points de pourcentage).", second.Text);
        Assert.DoesNotContain("Total : +5 points", second.Text);
    }

    [Fact]
    public async Task An_inconsistent_questionnaire_stops_the_bot_with_every_problem_named_and_exit_code_1()
    {
        var broken = ShippedDocument();
        broken["brackets"]![1]!["from"] = 17;
        broken["questions"]![0]!["category"] = "nowhere";
        var path = Write("broken.json", broken);

        var (exitCode, output) = await BotProcess.RunUntilExitAsync(new Dictionary<string, string?> { ["Maturity__QuestionnairePath"] = path });

        Assert.Equal(1, exitCode);
        Assert.Contains(path, output);
        Assert.Contains("bracket 'developing': brackets must be contiguous and in order; expected it to start at 15, not 17.", output);
        Assert.Contains("question 'lineage': unknown category 'nowhere'.", output);
        // A configuration mistake, not a crash: no exception type, no stack trace.
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain("Exception", output);
    }

    [Fact]
    public async Task A_missing_questionnaire_file_names_the_setting()
    {
        var (exitCode, output) = await BotProcess.RunUntilExitAsync(new Dictionary<string, string?> { ["Maturity__QuestionnairePath"] = Path.Combine(_directory, "nowhere.json") });

        Assert.Equal(1, exitCode);
        Assert.Contains("Maturity:QuestionnairePath", output);
        Assert.DoesNotContain("   at ", output);
    }
}
