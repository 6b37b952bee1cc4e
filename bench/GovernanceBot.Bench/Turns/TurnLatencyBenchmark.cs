using System.Diagnostics;
using GovernanceBot.TestSupport.Processes;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Hosting;
using GovernanceBot.BotFramework.Schema;
using Activity = GovernanceBot.BotFramework.Schema.Activity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Bench.Turns;

/// <summary>
/// Turn latency for "help" with deliveryMode expectReplies: in-process (adapter and routing, no HTTP)
/// and over real loopback HTTP to the bot started as its own process (which also gives the cold-start
/// time), plus throughput with concurrent callers over loopback.
/// </summary>
public static class TurnLatencyBenchmark
{
    private const int WarmUp = 100;
    private const int ConcurrentCallers = 8;

    public static async Task<int> RunAsync(string[] args)
    {
        var index = Array.IndexOf(args, "--turns");
        var turns = index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var n) && n > 0 ? n : 1000;
        var data = Directory.CreateTempSubdirectory("governancebot-bench-").FullName;
        var results = new List<Measurement>();
        try
        {
            results.AddRange(await InProcessAsync(Path.Combine(data, "in-process.db"), turns));
            results.AddRange(await OverLoopbackAsync(turns));
        }
        finally
        {
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }

        Console.WriteLine($"Turn benchmark: text \"help\" with expectReplies, {turns} turns after {WarmUp} warm-up turns, {Environment.ProcessorCount} cores");
        ResultTable.Print(Console.Out, results);
        return BenchmarkExit.Success;
    }

    private static async Task<IEnumerable<Measurement>> InProcessAsync(string database, int turns)
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseContentRoot(Path.Combine(TestSupport.RepositoryPaths.Root, "src", "GovernanceBot"));
            builder.UseSetting("Storage:Sqlite:Path", database);
            builder.UseSetting("Demo:Enabled", "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        var adapter = factory.Services.GetRequiredService<BotAdapter>();
        for (var i = 0; i < WarmUp; i++) await adapter.ProcessAsync(HelpActivity(-i - 1), CancellationToken.None);
        var measured = await Measurement.RunAsync("bot in-process", "help turn (adapter + routing)", turns, i => adapter.ProcessAsync(HelpActivity(i), CancellationToken.None));

        // What a turn allocates is what the GC must later collect: a figure a busy machine does not blur.
        var activities = Enumerable.Range(0, turns).Select(i => HelpActivity(10_000_000 + i)).ToList();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        foreach (var activity in activities) await adapter.ProcessAsync(activity, CancellationToken.None);
        var perTurn = (GC.GetTotalAllocatedBytes(precise: true) - before) / turns;
        Console.WriteLine($"Allocated per in-process help turn (adapter, routing, card, replies; no HTTP): {perTurn:N0} bytes");
        return [measured];
    }

    private static async Task<IEnumerable<Measurement>> OverLoopbackAsync(int turns)
    {
        // The same launcher the end-to-end tests use: the built bot as its own process, timed to its first healthy answer.
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string?>
        {
            ["Demo__Enabled"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        }, name: "bench-bot", waitUntilReady: false);
        using var http = new HttpClient { BaseAddress = bot.BaseUrl };
        var coldStart = new Measurement("bot process", "cold start (start → /healthz 200)", [bot.ColdStart], bot.ColdStart);
        var firstTurn = await Measurement.RunAsync("bot process", "first help turn after start", 1, i => PostAsync(http, 1_000_000 + i));

        for (var i = 0; i < WarmUp; i++) await PostAsync(http, 2_000_000 + i);
        var sequential = await Measurement.RunAsync("bot process", "help turn over loopback HTTP", turns, i => PostAsync(http, 3_000_000 + i));

        var perCaller = Math.Max(1, turns / ConcurrentCallers);
        var wall = Stopwatch.StartNew();
        var perCallerLatencies = await Task.WhenAll(Enumerable.Range(0, ConcurrentCallers).Select(c =>
            Measurement.RunAsync("", "", perCaller, i => PostAsync(http, 4_000_000 + c * 100_000 + i))));
        var concurrent = new Measurement("bot process", $"help turn, {ConcurrentCallers} concurrent callers", perCallerLatencies.SelectMany(m => m.Latencies).ToList(), wall.Elapsed);
        return [coldStart, firstTurn, sequential, concurrent];
    }

    private static Activity HelpActivity(int i) => HelpJson(i).Deserialize<Activity>(ProtocolJson.Options)!;

    private static async Task PostAsync(HttpClient client, int i)
    {
        using var content = new StringContent(HelpJson(i).ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/messages", content);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"Turn {i} answered {(int)response.StatusCode}.");
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        if (body?["activities"]?.AsArray().Count != 1) throw new InvalidOperationException($"Turn {i} did not return one reply.");
    }

    private static JsonObject HelpJson(int i) => new()
    {
        ["type"] = "message",
        ["id"] = $"bench-{i}",
        ["channelId"] = "msteams",
        ["serviceUrl"] = "http://127.0.0.1:9/_connector",
        ["locale"] = "fr-FR",
        ["deliveryMode"] = "expectReplies",
        ["text"] = "help",
        ["from"] = new JsonObject { ["id"] = "29:bench", ["aadObjectId"] = "00000000-0000-0000-0000-00000000be00", ["name"] = "Bench" },
        ["recipient"] = new JsonObject { ["id"] = "28:governancebot" },
        ["conversation"] = new JsonObject { ["id"] = "a:bench", ["conversationType"] = "personal" },
    };
}
