using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GovernanceBot.TestSupport;
using GovernanceBot.TestSupport.Processes;

namespace GovernanceBot.EndToEnd.Tests.FirstRun;

/// <summary>
/// The README's run command, <c>dotnet run --project src/GovernanceBot</c>, as a new user types it: the launch
/// profile makes it a Development run, so a role put in appsettings.Development.json takes effect, and the
/// first log lines say where the data goes and how to chat with the bot, without calling it "Production".
/// </summary>
public sealed class ReadmeRunTests : IDisposable
{
    private const string AdminId = "29:readme-admin";
    private readonly string _contentRoot = Directory.CreateTempSubdirectory("governancebot-readme-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_contentRoot, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_role_in_appsettings_Development_json_is_effective_and_the_start_up_log_explains_the_run()
    {
        // A content root of the test's own, so the developer's real appsettings.Development.json is never touched.
        File.Copy(Path.Combine(RepositoryPaths.Root, "src", "GovernanceBot", "appsettings.json"), Path.Combine(_contentRoot, "appsettings.json"));
        File.WriteAllText(Path.Combine(_contentRoot, "appsettings.Development.json"), $$"""{ "Roles": { "Admins": ["{{AdminId}}"] } }""");

        await using var bot = await BotProcess.StartAsync(viaDotnetRun: true, arguments: ["--contentRoot", _contentRoot], name: "readme-run", timeout: TimeSpan.FromMinutes(2));

        Assert.Contains("roles: Admin", await WhoAmIAsync(bot));
        var log = bot.Log.Text;
        Assert.Contains("Storage: SQLite file /", log);
        Assert.Contains("governancebot.db", log);
        Assert.Contains(Path.Combine(_contentRoot, "appsettings.Development.json"), log);
        Assert.Contains("environment Development", log);
        Assert.Contains("bash scripts/playground.sh", log);
        Assert.DoesNotContain("Production", log);
        Assert.DoesNotContain("System.Net.Http.HttpClient", log);
    }

    private static async Task<string> WhoAmIAsync(BotProcess bot)
    {
        using var http = new HttpClient();
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = "http://127.0.0.1:9/",
            ["locale"] = "en-US",
            ["deliveryMode"] = "expectReplies",
            ["from"] = new JsonObject { ["id"] = AdminId, ["name"] = "Readme Reader" },
            ["recipient"] = new JsonObject { ["id"] = "28:governancebot" },
            ["conversation"] = new JsonObject { ["id"] = "a:readme", ["conversationType"] = "personal" },
            ["text"] = "whoami",
        };
        using var response = await http.PostAsJsonAsync(bot.MessagesEndpoint, activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body!["activities"]![0]!["text"]!.GetValue<string>();
    }
}
