using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using GovernanceBot.TestSupport.Fuzzing;
using GovernanceBot.TestSupport.Loopback;
using GovernanceBot.TestSupport.Processes;

namespace GovernanceBot.Bench.Fuzz;

/// <summary>
/// The fuzz test's long run, against the bot as its own process with its real console logging: N
/// generated hostile activities (default 5,000), each answered 2xx/4xx (or the bare 501 for an invoke
/// nobody handles) without a stack trace; at the end the bot's stdout must hold exactly one endpoint
/// line per request and no line that does not start like a log entry (a forged or broken line).
/// </summary>
public static partial class FuzzRun
{
    private const string EndpointCategory = "GovernanceBot.BotFramework.Hosting.BotMessageEndpoint";

    public static async Task<int> RunAsync(string[] args)
    {
        var index = Array.IndexOf(args, "--iterations");
        var iterations = index >= 0 && index + 1 < args.Length && long.TryParse(args[index + 1], out var n) && n > 0 ? n : 5_000;

        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string?>
        {
            ["Demo__Enabled"] = "true",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__" + EndpointCategory] = "Debug",
            ["BotConnector__MaxAttempts"] = "1",
        }, name: "fuzz-bot");

        var endpointLines = 0;
        var foreignLines = new List<string>();
        bot.Log.LineWritten += line =>
        {
            if (line.Contains(EndpointCategory, StringComparison.Ordinal)) Interlocked.Increment(ref endpointLines);
            else if (!LogEntryStart().IsMatch(line)) lock (foreignLines) foreignLines.Add(line);
        };
        var before = Volatile.Read(ref endpointLines);

        using var http = new HttpClient { BaseAddress = bot.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
        var fuzz = new ActivityFuzz(RoutedVerbs(), connector.ServiceUrl);
        var statuses = new Dictionary<int, int>();
        var started = DateTime.UtcNow;
        await fuzz.Requests.SampleAsync(async request =>
        {
            using var response = await http.PostAsync("/api/messages", new StringContent(request.Body, Encoding.UTF8, "application/json"));
            var body = await response.Content.ReadAsStringAsync();
            var status = (int)response.StatusCode;
            lock (statuses) statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status >= 500 && !(response.StatusCode == HttpStatusCode.NotImplemented && body.Length == 0))
                throw new InvalidOperationException($"{status} for {request}: {body}");
            if (StackTrace().IsMatch(body)) throw new InvalidOperationException($"stack trace in the answer to {request}: {body}");
        }, iter: iterations, threads: 1);

        // The bot writes its log asynchronously: give the last lines a moment to arrive.
        var requests = statuses.Values.Sum();
        for (var wait = 0; wait < 50 && Volatile.Read(ref endpointLines) - before < requests; wait++) await Task.Delay(100);
        var lines = Volatile.Read(ref endpointLines) - before;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Fuzz: {requests} generated activities in {(DateTime.UtcNow - started).TotalSeconds:F0} s; answers {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}"));
        Console.WriteLine($"Endpoint log lines: {lines} for {requests} requests; lines not starting like a log entry: {foreignLines.Count}");
        foreach (var line in foreignLines.Take(10)) Console.WriteLine("  foreign: " + line);
        return lines == requests && foreignLines.Count == 0 ? BenchmarkExit.Success : BenchmarkExit.Failure;
    }

    private static string[] RoutedVerbs() =>
        typeof(Program).Assembly.GetTypes()
            .Where(type => type.Name.EndsWith("Verbs", StringComparison.Ordinal))
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToArray();

    /// <summary>How the single-line console formatter starts each entry (timestamp, level), or the host's own stderr prefix.</summary>
    [GeneratedRegex(@"^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (trce|dbug|info|warn|fail|crit): |\[stderr\] )")]
    private static partial Regex LogEntryStart();

    [GeneratedRegex(@"\bat [\w.]+\(|\.cs:line \d+|Exception:", RegexOptions.CultureInvariant)]
    private static partial Regex StackTrace();
}
