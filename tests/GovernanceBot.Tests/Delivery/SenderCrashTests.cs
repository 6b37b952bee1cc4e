using GovernanceBot.TestSupport.Loopback;
using GovernanceBot.TestSupport.Processes;
using Xunit.Abstractions;

namespace GovernanceBot.Tests.Delivery;

/// <summary>
/// The bot process is killed (SIGKILL, no shutdown) in the middle of a fan-out and started again on the
/// same store: every channel still gets the post, and only a send that was on the wire at the kill can
/// be repeated (the connector accepted it, the process died before recording its activity id).
/// </summary>
public sealed class SenderCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Channels = 120;
    private const int MaxConcurrentSends = 4;
    private readonly string _directory = Directory.CreateTempSubdirectory("governancebot-crash-").FullName;
    private LoopbackConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _connector.DistinctActivityIds = true;
        _connector.Latency = TimeSpan.FromMilliseconds(30);
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_fan_out_cut_by_killing_the_process_is_finished_by_the_next_one_without_loss()
    {
        await using (var enqueuer = new SenderInstance(SenderInstance.Sqlite(_directory)))
            await enqueuer.Outbox.EnqueueAsync(FanOut.Occurrence("crash-1"), FanOut.ToChannels(_connector.ServiceUrl, Channels), default);

        var environment = new Dictionary<string, string?>
        {
            ["Storage__Sqlite__Path"] = Path.Combine(_directory, "bot.db"),
            ["Demo__Enabled"] = "false",
            ["Delivery__GlobalRatePerSecond"] = "30",
            ["Delivery__MaxConcurrentSends"] = MaxConcurrentSends.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Delivery__LeaseDuration"] = "00:00:03",
            ["Delivery__PollInterval"] = "00:00:00.200",
        };
        var first = await BotProcess.StartAsync(environment, name: "sender-killed");
        await WaitUntilAsync(() => Accepted() >= 30, TimeSpan.FromSeconds(60));
        await first.DisposeAsync(); // kills the process tree: no graceful stop, claims left as they were
        var acceptedAtKill = Accepted();

        await using var second = await BotProcess.StartAsync(environment, name: "sender-restarted");
        await using var reader = new SenderInstance(SenderInstance.Sqlite(_directory));
        var tally = await FanOut.DrainAsync(reader.Store, "crash-1", TimeSpan.FromSeconds(90));

        var posts = _connector.AcceptedPostsPerConversation();
        var duplicates = posts.Values.Sum(n => n - 1);
        output.WriteLine($"accepted before the kill: {acceptedAtKill}; sent in all: {tally.Sent}; repeated posts: {duplicates}");
        Assert.True(acceptedAtKill < Channels, "the kill came after the fan-out had finished");
        Assert.Equal(Channels, tally.Sent);
        Assert.Equal(Channels, posts.Count);
        Assert.True(duplicates <= MaxConcurrentSends, $"{duplicates} posts were repeated; at most the {MaxConcurrentSends} sends in flight at the kill may be");
    }

    private int Accepted() => _connector.Answered.Count(a => a.Status is >= 200 and < 300);

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException();
            await Task.Delay(10);
        }
    }
}
