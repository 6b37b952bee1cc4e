using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using CsCheck;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.TestSupport.Fuzzing;
using GovernanceBot.TestSupport.Loopback;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.Tests.Protocol;

/// <summary>
/// Property: whatever activity arrives, the bot answers 2xx or 4xx (or the protocol's bare 501 to an invoke
/// nobody handles), never another 5xx, never shows a stack trace, no handler fails,
/// and writes exactly one endpoint log line for it, with nothing in any log line able to start another.
/// A few hundred generated activities keep it well under a minute; GOVERNANCEBOT_FUZZ_ITERATIONS runs
/// more (and <c>bench fuzz</c> runs the same generator against the bot as its own process).
/// </summary>
public sealed partial class ActivityFuzzTests : IAsyncLifetime
{
    private const string FuzzAdminAadObjectId = "00000000-0000-0000-0000-00000000f000";

    private LoopbackConnector _connector = null!;
    private BotTestHost _host = null!;

    private static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("GOVERNANCEBOT_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 400;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _host = new BotTestHost(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:" + BotTestHost.EndpointCategory] = "Debug",
            ["BotConnector:MaxAttempts"] = "1",
            // One of the generated users is an admin, so admin-only paths are reached too.
            ["Roles:Admins:0"] = FuzzAdminAadObjectId,
        });
        await _host.Conversation(new TestUser("29:fuzz-0", FuzzAdminAadObjectId, "Fuzz")).SendAsync("hub ajouter Banque de détail");
        _host.Log.Clear();
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Generated_hostile_activities_never_get_a_5xx_a_stack_trace_or_more_than_one_log_line()
    {
        var fuzz = new ActivityFuzz(RoutedVerbs(), _connector.ServiceUrl);
        var client = _host.CreateClient();
        var handled = 0;

        await fuzz.Requests.SampleAsync(async request =>
        {
            var before = _host.Log.From(BotTestHost.EndpointCategory).Count;
            using var response = await client.PostAsync("/api/messages", new StringContent(request.Body, Encoding.UTF8, "application/json"));
            var body = await response.Content.ReadAsStringAsync();

            // 501 is the protocol's own answer to an invoke no feature handles (a task module, a search…), not a failure.
            Assert.True((int)response.StatusCode < 500 || response.StatusCode == System.Net.HttpStatusCode.NotImplemented && body.Length == 0,
                $"{(int)response.StatusCode} for {request}: {body}");
            Assert.False(StackTrace().IsMatch(body), $"stack trace in the answer to {request}: {body}");
            Assert.Equal(before + 1, _host.Log.From(BotTestHost.EndpointCategory).Count);
            if ((int)response.StatusCode < 300) handled++;
        }, iter: Iterations, threads: 1);

        Assert.All(_host.Log.Entries, entry => Assert.False(LineBreaking().IsMatch(entry.Line), entry.Line));
        // A handler that throws is answered with an apology (2xx), so failures are looked for in the log too.
        Assert.All(_host.Log.Entries, entry => Assert.True(entry.Level < LogLevel.Error, $"{entry.Line} {entry.Exception}"));
        // The generator must reach the handlers, not only the validation: most activities are still acceptable.
        Assert.True(handled > Iterations / 4, $"only {handled} of {Iterations} generated activities reached a handler");
    }

    /// <summary>Every card verb the features declare (their *Verbs classes), so new features are fuzzed as they land.</summary>
    private static string[] RoutedVerbs() =>
        typeof(Program).Assembly.GetTypes()
            .Where(type => type.Name.EndsWith("Verbs", StringComparison.Ordinal))
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(field => field.IsLiteral && field.FieldType == typeof(string))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToArray();

    [GeneratedRegex(@"\bat [\w.]+\(|\.cs:line \d+|Exception:", RegexOptions.CultureInvariant)]
    private static partial Regex StackTrace();

    [GeneratedRegex("[\\r\\n\\u001b\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]")]
    private static partial Regex LineBreaking();
}
