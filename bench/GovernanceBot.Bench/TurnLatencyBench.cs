using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Hosting;
using GovernanceBot.BotFramework.Schema;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Bench;

/// <summary>
/// Turn latency for "help" with deliveryMode expectReplies: in-process (adapter only), through the
/// in-memory HTTP pipeline, and over real loopback HTTP to the bot started as its own process (which
/// also gives the cold-start time). Plus throughput with concurrent callers over loopback.
/// </summary>
public static class TurnLatencyBench
{
    public static async Task RunAsync(int turns)
    {
        var data = Directory.CreateTempSubdirectory("governancebot-bench-").FullName;
        var settings = new Dictionary<string, string?>
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__Sqlite__Path"] = Path.Combine(data, "bot.db"),
            ["Demo__Enabled"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };

        Console.WriteLine($"Turn latency, text \"help\" with expectReplies, {turns} turns after 100 warm-up turns");
        Console.WriteLine(LatencyStats.Header);

        await using (var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings) builder.UseSetting(key.Replace("__", ":"), value);
        }))
        {
            var adapter = factory.Services.GetRequiredService<BotAdapter>();
            var inProcess = new LatencyStats("in-process (BotAdapter.ProcessAsync)");
            await Repeat(100, i => adapter.ProcessAsync(HelpActivity(i), CancellationToken.None));
            await inProcess.MeasureAsync(turns, i => adapter.ProcessAsync(HelpActivity(100_000 + i), CancellationToken.None));
            Console.WriteLine(inProcess);

            var client = factory.CreateClient();
            var inMemoryHttp = new LatencyStats("in-memory HTTP (TestServer)");
            await Repeat(100, i => PostAsync(client, 200_000 + i));
            await inMemoryHttp.MeasureAsync(turns, i => PostAsync(client, 300_000 + i));
            Console.WriteLine(inMemoryHttp);
        }

        var port = FreePort();
        var dll = Path.Combine(AppContext.BaseDirectory, "GovernanceBot.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", $"http://127.0.0.1:{port}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in settings) start.Environment[key] = value;
        start.Environment["Storage__Sqlite__Path"] = Path.Combine(data, "process.db");

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await WaitHealthyAsync(http, TimeSpan.FromSeconds(60));
            var coldStart = clock.Elapsed;
            var firstTurn = Stopwatch.StartNew();
            await PostAsync(http, 0);
            Console.WriteLine($"| {"cold start: process start → /healthz 200",-44} | {1,6} | {coldStart.TotalMilliseconds,8:F0} | {"",8} | {"",9} |");
            Console.WriteLine($"| {"first turn after start",-44} | {1,6} | {firstTurn.Elapsed.TotalMilliseconds,8:F1} | {"",8} | {"",9} |");

            var loopback = new LatencyStats("loopback HTTP (separate process)");
            await Repeat(100, i => PostAsync(http, 400_000 + i));
            await loopback.MeasureAsync(turns, i => PostAsync(http, 500_000 + i));
            Console.WriteLine(loopback);

            const int callers = 8;
            var perCaller = Math.Max(1, turns / callers) * 2;
            var throughput = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, callers).Select(c => Repeat(perCaller, i => PostAsync(http, 600_000 + c * 100_000 + i))));
            throughput.Stop();
            Console.WriteLine($"| {$"throughput, {callers} concurrent callers",-44} | {callers * perCaller,6} | {"",8} | {"",8} | {callers * perCaller / throughput.Elapsed.TotalSeconds,9:F0} |");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            try { Directory.Delete(data, recursive: true); } catch (IOException) { }
        }
    }

    private static async Task Repeat(int count, Func<int, Task> operation)
    {
        for (var i = 0; i < count; i++) await operation(i);
    }

    private static BotFramework.Schema.Activity HelpActivity(int i) => HelpJson(i).Deserialize<BotFramework.Schema.Activity>(ProtocolJson.Options)!;

    private static async Task PostAsync(HttpClient client, int i)
    {
        using var content = new StringContent(HelpJson(i).ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/api/messages", content);
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"Turn {i} answered {(int)response.StatusCode}");
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
        ["from"] = new JsonObject { ["id"] = "29:bench", ["aadObjectId"] = "00000000-0000-0000-0000-00000000bench", ["name"] = "Bench" },
        ["recipient"] = new JsonObject { ["id"] = "28:governancebot" },
        ["conversation"] = new JsonObject { ["id"] = "a:bench", ["conversationType"] = "personal" },
    };

    private static async Task WaitHealthyAsync(HttpClient http, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await http.GetAsync("/healthz");
                if (response.IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(10);
        }
        throw new TimeoutException("The bot did not become healthy in time.");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
