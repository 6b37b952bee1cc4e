using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using GovernanceBot.TestSupport;

namespace GovernanceBot.Bench.SideBySide;

/// <summary>
/// Our "help" turn against the Bot Framework SDK for JS (botbuilder CloudAdapter echo), the Agents SDK for JS
/// (@microsoft/agents-hosting echo) and a trivial ASP.NET Core JSON handler (the ceiling), all over loopback
/// HTTP with <c>deliveryMode: expectReplies</c> and a fresh activity id per request, loaded by the same
/// generator; plus our questionnaire card actions (a storage read and an ETag write each), cold start and
/// memory. Every figure is min / median / max over the runs; ratios are taken within each run, so a busy
/// machine moves every target alike. Writes artifacts/bench/report.md.
/// </summary>
public static class SideBySideBenchmark
{
    private static readonly (string Name, string Script)[] NodePeers =
    [
        ("botbuilder 4.23 echo", "botbuilder-echo.js"),
        ("agents-hosting echo", "agents-echo.js"),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var smoke = args.Contains("--smoke");
        var runs = smoke ? 1 : IntOption(args, "--runs", 3);
        var duration = TimeSpan.FromSeconds(smoke ? 1 : IntOption(args, "--seconds", 5));
        int[] connections = smoke ? [1, 8] : [1, 8, 64];

        await EnsurePeersInstalledAsync();
        // Full runs measure the bot as it is deployed (a ReadyToRun publish, like the Dockerfile's); the smoke
        // run only checks the harness, on the build it already has.
        var published = smoke ? null : await PublishedBot.PublishAsync();
        var template = Path.Combine(Directory.CreateTempSubdirectory("governancebot-sbs-").FullName, "activity.json");
        await File.WriteAllTextAsync(template, HelpActivity().ToJsonString());
        var load = new LoadGenerator(template);
        var loadBefore = LoadAverage();
        var samples = new List<Sample>();
        var failures = new List<string>();

        for (var run = 1; run <= runs; run++)
        {
            Console.WriteLine($"run {run}/{runs}");
            await using (var ours = await BenchTarget.OursAsync(published))
            {
                // The first turn goes as soon as /healthz answers, while the start-up tasks may still run: what a
                // user who writes right after a restart waits for. Memory is read once they are done (/readyz).
                samples.Add(new Sample(run, ours.Name, "cold start to /healthz (ms)", 0, ours.StartUp.TotalMilliseconds));
                var firstTurn = await FirstTurnAsync(ours);
                samples.Add(new Sample(run, ours.Name, "first help turn (ms)", 0, firstTurn));
                samples.Add(new Sample(run, ours.Name, "cold start to first answered turn (ms)", 0, ours.StartUp.TotalMilliseconds + firstTurn));
                samples.Add(new Sample(run, ours.Name, "start-up tasks done, /readyz (ms)", 0, (await ours.WaitUntilReadyAsync()).TotalMilliseconds));
                await Task.Delay(TimeSpan.FromSeconds(2));
                samples.Add(new Sample(run, ours.Name, "idle RSS (MB)", 0, ours.ResidentMegabytes()));
                await MeasureAsync(load, ours, connections, duration, "message", run, samples, failures);
                var questionnaire = await WarmAndMeasureAsync(load, ours, 8, duration, "questionnaire");
                Record(run, ours.Name + " questionnaire", 8, questionnaire, samples, failures);
                samples.Add(new Sample(run, ours.Name, "RSS after load (MB)", 0, ours.ResidentMegabytes()));
            }
            foreach (var (name, script) in NodePeers)
            {
                await using var peer = await BenchTarget.NodePeerAsync(name, script);
                await MeasureAsync(load, peer, connections, duration, "message", run, samples, failures);
            }
            await using (var ceiling = await BenchTarget.CeilingAsync())
                await MeasureAsync(load, ceiling, connections, duration, "message", run, samples, failures);
        }

        var report = Report(samples, connections, runs, duration, loadBefore, LoadAverage(), failures, published is null ? "the Debug or Release build next to the bench (smoke run)" : PublishedBot.Description);
        var path = Path.Combine(RepositoryPaths.Root, "artifacts", "bench", smoke ? "report-smoke.md" : "report.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, report);
        Console.WriteLine(report);
        Console.WriteLine($"Report written to {path}");
        return failures.Count == 0 ? BenchmarkExit.Success : BenchmarkExit.Failure;
    }

    private sealed record Sample(int Run, string Target, string Figure, int Connections, double Value);

    private static async Task MeasureAsync(LoadGenerator load, BenchTarget target, int[] connections, TimeSpan duration, string mode, int run, List<Sample> samples, List<string> failures)
    {
        foreach (var count in connections)
            Record(run, target.Name, count, await WarmAndMeasureAsync(load, target, count, duration, mode), samples, failures);
    }

    private static async Task<LoadResult> WarmAndMeasureAsync(LoadGenerator load, BenchTarget target, int connections, TimeSpan duration, string mode)
    {
        await load.RunAsync(target.Messages, connections, TimeSpan.FromSeconds(1), mode);
        return await load.RunAsync(target.Messages, connections, duration, mode);
    }

    private static void Record(int run, string target, int connections, LoadResult result, List<Sample> samples, List<string> failures)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {target,-34} {connections,3} conn: {result.RequestsPerSecond,8:F0} req/s, p50 {result.P50} ms, p99 {result.P99} ms, errors {result.Errors}, non-2xx {result.Non2xx}"));
        samples.Add(new Sample(run, target, "req/s", connections, result.RequestsPerSecond));
        samples.Add(new Sample(run, target, "p99 ms", connections, result.P99));
        if (!result.Clean) failures.Add($"{target} at {connections} connections: {result.Errors} errors, {result.Non2xx} non-2xx, {result.Requests} answered");
    }

    private static async Task<double> FirstTurnAsync(BenchTarget target)
    {
        using var http = new HttpClient();
        var clock = Stopwatch.StartNew();
        using var response = await http.PostAsync(target.Messages, new StringContent(HelpActivity().ToJsonString(), Encoding.UTF8, "application/json"));
        response.EnsureSuccessStatusCode();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static string Report(List<Sample> samples, int[] connections, int runs, TimeSpan duration, string loadBefore, string loadAfter, List<string> failures, string ourBuild)
    {
        const string ours = "GovernanceBot";
        var peers = NodePeers.Select(p => p.Name).Append("ASP.NET Core ceiling").ToArray();
        var text = new StringBuilder();
        text.AppendLine("# Side-by-side turn benchmark");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {runs} run(s) of {duration.TotalSeconds:F0} s per point after 1 s of warm-up, .NET {Environment.Version}, node {NodeVersion()}");
        text.AppendLine(CultureInfo.InvariantCulture, $"- load average before: {loadBefore}; after: {loadAfter}");
        text.AppendLine("- request: a Teams personal-chat message \"help\" with `deliveryMode: expectReplies`, fresh activity id each time, loopback HTTP, generator `bench/peers/load.js` (autocannon) for every target");
        text.AppendLine(CultureInfo.InvariantCulture, $"- GovernanceBot build: {ourBuild}, zero configuration (embedded SQLite, demo data)");
        text.AppendLine("- figures: min / **median** / max over the runs; ratios are computed within each run");
        text.AppendLine();
        text.AppendLine("## Help turn: throughput and p99");
        text.AppendLine();
        text.AppendLine("| target | connections | req/s | p99 ms |");
        text.AppendLine("|---|---|---|---|");
        foreach (var target in peers.Prepend(ours))
            foreach (var count in connections)
                text.AppendLine(CultureInfo.InvariantCulture, $"| {target} | {count} | {Figure(samples, target, "req/s", count).Format("F0")} | {Figure(samples, target, "p99 ms", count).Format("F0")} |");
        text.AppendLine();
        text.AppendLine("## Ratios (ours / peer, throughput)");
        text.AppendLine();
        text.AppendLine("| connections | " + string.Join(" | ", peers.Select(p => "ours / " + p)) + " |");
        text.AppendLine("|---|" + string.Concat(peers.Select(_ => "---|")));
        foreach (var count in connections)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {count} | {string.Join(" | ", peers.Select(p => Ratio(samples, ours, p, count).Format("F2")))} |");
        text.AppendLine();
        text.AppendLine("## Questionnaire card actions (8 connections; each answer reads and writes the draft under its ETag)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- GovernanceBot questionnaire: {Figure(samples, ours + " questionnaire", "req/s", 8).Format("F0")} req/s, p99 {Figure(samples, ours + " questionnaire", "p99 ms", 8).Format("F0")} ms");
        text.AppendLine(CultureInfo.InvariantCulture, $"- against the botbuilder echo at 8 connections: {Ratio(samples, ours + " questionnaire", NodePeers[0].Name, 8).Format("F2")}×");
        text.AppendLine();
        text.AppendLine("## Start-up and memory (GovernanceBot)");
        text.AppendLine();
        foreach (var figure in new[] { "cold start to /healthz (ms)", "first help turn (ms)", "cold start to first answered turn (ms)", "start-up tasks done, /readyz (ms)", "idle RSS (MB)", "RSS after load (MB)" })
            text.AppendLine(CultureInfo.InvariantCulture, $"- {figure}: {Figure(samples, ours, figure, 0).Format("F0")}");
        text.AppendLine();
        text.AppendLine(failures.Count == 0 ? "No errors and no non-2xx answers." : "Failures:\n" + string.Join("\n", failures.Select(f => "- " + f)));
        return text.ToString();
    }

    private static Spread Figure(List<Sample> samples, string target, string figure, int connections) =>
        Spread.Of(samples.Where(s => s.Target == target && s.Figure == figure && s.Connections == connections).Select(s => s.Value));

    private static Spread Ratio(List<Sample> samples, string ours, string peer, int connections) =>
        Spread.Of(samples.Where(s => s.Target == ours && s.Figure == "req/s" && s.Connections == connections)
            .Select(o => samples.FirstOrDefault(p => p.Run == o.Run && p.Target == peer && p.Figure == "req/s" && p.Connections == connections) is { } p
                ? o.Value / p.Value : double.NaN));

    private static JsonObject HelpActivity() => new()
    {
        ["type"] = "message",
        ["id"] = "bench-template",
        ["channelId"] = "msteams",
        ["serviceUrl"] = "https://smba.trafficmanager.net/emea/",
        ["locale"] = "en-US",
        ["deliveryMode"] = "expectReplies",
        ["text"] = "help",
        ["from"] = new JsonObject { ["id"] = "29:bench-user", ["name"] = "Bench User", ["aadObjectId"] = "00000000-0000-0000-0000-0000000000b1" },
        ["recipient"] = new JsonObject { ["id"] = "28:governancebot", ["name"] = "GovernanceBot" },
        ["conversation"] = new JsonObject { ["id"] = "a:bench-conversation", ["conversationType"] = "personal", ["tenantId"] = "00000000-0000-0000-0000-0000000000aa" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "00000000-0000-0000-0000-0000000000aa" } },
    };

    /// <summary>Installs the peers and the generator from bench/peers/package-lock.json the first time.</summary>
    private static async Task EnsurePeersInstalledAsync()
    {
        if (Directory.Exists(Path.Combine(LoadGenerator.PeersDirectory, "node_modules", "autocannon"))) return;
        Console.WriteLine("Installing bench/peers (npm ci)…");
        var npm = new ProcessStartInfo("npm") { WorkingDirectory = LoadGenerator.PeersDirectory };
        foreach (var argument in new[] { "ci", "--no-audit", "--no-fund" }) npm.ArgumentList.Add(argument);
        using var process = Process.Start(npm) ?? throw new InvalidOperationException("Could not start npm.");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException("npm ci in bench/peers failed.");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string NodeVersion()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("node", "--version") { RedirectStandardOutput = true })!;
            var version = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return version;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "n/a";
        }
    }

    private static int IntOption(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) && value > 0 ? value : fallback;
    }
}
