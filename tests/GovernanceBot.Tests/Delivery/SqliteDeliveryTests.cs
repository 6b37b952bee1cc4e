using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Domain.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Delivery;

/// <summary>Exactly-once delivery on the embedded SQLite store, plus Teams' limits and a clean shutdown.</summary>
public sealed class SqliteDeliveryTests : ExactlyOnceDelivery
{
    private readonly string _directory = Directory.CreateTempSubdirectory("governancebot-outbox-").FullName;

    protected override Dictionary<string, string?> StorageSettings() => SenderInstance.Sqlite(_directory);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_throttled_send_closes_the_gate_for_every_sender_until_retry_after()
    {
        var first = Instance();
        var second = Instance();
        Connector.Then(429, """{"error":{"code":"Throttled"}}""", retryAfter: "2");
        await first.Outbox.EnqueueAsync(FanOut.Occurrence("news-1"), FanOut.ToChannels(Connector.ServiceUrl, 1), default);
        await first.StartAsync();
        var gate = first.Services.GetRequiredService<DeliveryThrottleStore>();
        await WaitUntilAsync(() => gate.ThrottledUntilAsync(default).GetAwaiter().GetResult() is not null);
        await second.Outbox.EnqueueAsync(FanOut.Occurrence("news-2"), FanOut.ToChannels(Connector.ServiceUrl, 3), default);
        await second.StartAsync();

        await FanOut.DrainAsync(first.Store, "news-1", TimeSpan.FromSeconds(30));
        await FanOut.DrainAsync(first.Store, "news-2", TimeSpan.FromSeconds(30));

        var throttled = Connector.Answered[0];
        Assert.Equal(429, throttled.Status);
        var after = Connector.Answered.Skip(1).ToList();
        Assert.Equal(4, after.Count);
        Assert.All(after, a => Assert.True(a.Request.ReceivedAt >= throttled.Request.ReceivedAt.AddSeconds(1.9),
            $"sent {(a.Request.ReceivedAt - throttled.Request.ReceivedAt).TotalMilliseconds} ms after the 429 asked for 2 s"));
    }

    [Theory]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task A_gateway_failure_is_retried_later_and_delivered_once(int status)
    {
        var instance = Instance(new() { ["BotConnector:MaxAttempts"] = "1" });
        Connector.Then(status);
        await instance.Outbox.EnqueueAsync(FanOut.Occurrence("reminder-1"), FanOut.ToChannels(Connector.ServiceUrl, 1), default);

        await instance.StartAsync();
        var tally = await FanOut.DrainAsync(instance.Store, "reminder-1", TimeSpan.FromSeconds(30));

        Assert.Equal(1, tally.Sent);
        Assert.Equal([status, 201], Connector.Answered.Select(a => a.Status));
        Assert.Equal(2, Assert.Single(await instance.Store.ListItemsAsync("reminder-1", default)).Item.Attempts);
    }

    [Fact]
    public async Task A_timeout_is_retried_and_delivered()
    {
        var instance = Instance(new() { ["BotConnector:MaxAttempts"] = "1", ["BotConnector:AttemptTimeout"] = "00:00:00.300" });
        Connector.ThenHang(TimeSpan.FromSeconds(3));
        await instance.Outbox.EnqueueAsync(FanOut.Occurrence("reminder-2"), FanOut.ToChannels(Connector.ServiceUrl, 1), default);

        await instance.StartAsync();
        var tally = await FanOut.DrainAsync(instance.Store, "reminder-2", TimeSpan.FromSeconds(30));

        Assert.Equal(1, tally.Sent);
        Assert.Equal(2, Connector.Requests.Count);
    }

    [Fact]
    public async Task Retries_end_in_a_failure_after_the_last_attempt()
    {
        var instance = Instance(new() { ["BotConnector:MaxAttempts"] = "1", ["Delivery:MaxAttempts"] = "3" });
        Connector.AlwaysFor(FanOut.Channel(0), 502);
        await instance.Outbox.EnqueueAsync(FanOut.Occurrence("reminder-3"), FanOut.ToChannels(Connector.ServiceUrl, 1), default);

        await instance.StartAsync();
        var tally = await FanOut.DrainAsync(instance.Store, "reminder-3", TimeSpan.FromSeconds(30));

        Assert.Equal(1, tally.Failed);
        Assert.Equal("gave up after 3 attempts: HTTP 502", tally.Failures.Single().Reason);
        Assert.Equal(3, Connector.Requests.Count);
    }

    [Fact]
    public async Task The_global_cap_holds_with_two_senders()
    {
        var settings = new Dictionary<string, string?> { ["Delivery:GlobalRatePerSecond"] = "20" };
        var departures = new Departures();
        var first = Instance(settings, departures.AddTo);
        var second = Instance(settings, departures.AddTo);
        await Task.WhenAll(first.WarmUpAsync(Connector.ServiceUrl), second.WarmUpAsync(Connector.ServiceUrl));
        await first.Outbox.EnqueueAsync(FanOut.Occurrence("news-3"), FanOut.ToChannels(Connector.ServiceUrl, 80), default);

        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        var tally = await FanOut.DrainAsync(first.Store, "news-3", TimeSpan.FromSeconds(60));

        Assert.Equal(80, tally.Sent);
        var times = departures.Posts(SenderInstance.WarmUpConversation);
        Assert.Equal(80, times.Length);
        // Each message leaves on its own slot of the shared timetable, or not at all if it woke too late for it
        // (SendBudgetTests covers the stall). One more is tolerated for a thread preempted between that check
        // and the HTTP pipeline, where the departure is recorded.
        var busiestSecond = Departures.BusiestSecond(times);
        Assert.True(busiestSecond <= 21, $"{busiestSecond} messages left within one second; the cap is 20");
        // The steady rate, between the fifth message and the fifth from last, leaving out the start of each sender.
        var steady = times[5..^5];
        var rate = (steady.Length - 1) / (steady[^1] - steady[0]).TotalSeconds;
        Assert.InRange(rate, 15, 20);
    }

    [Fact]
    public async Task One_conversation_gets_at_most_seven_messages_a_second()
    {
        var departures = new Departures();
        var instance = Instance(services: departures.AddTo);
        await instance.WarmUpAsync(Connector.ServiceUrl);
        var chat = new DeliveryTarget(false, Connector.ServiceUrl, "a:busy-chat", "28:governancebot", "tenant-1", "Busy");
        var messages = Enumerable.Range(0, 21).Select(n => new OutboxMessage($"m{n}", chat, new OutboxContent($"n°{n}", null, null))).ToList();
        await instance.Outbox.EnqueueAsync(FanOut.Occurrence("burst-1"), messages, default);

        await instance.StartAsync();
        await FanOut.DrainAsync(instance.Store, "burst-1", TimeSpan.FromSeconds(30));

        var times = departures.Posts(SenderInstance.WarmUpConversation);
        Assert.Equal(21, times.Length);
        var busiestSecond = Departures.BusiestSecond(times);
        Assert.True(busiestSecond <= 7, $"{busiestSecond} messages left for one conversation within one second");
    }

    [Fact]
    public async Task Stopping_gives_back_every_claim_and_another_sender_finishes_the_fan_out_once()
    {
        Connector.Latency = TimeSpan.FromMilliseconds(150);
        var first = Instance(new() { ["Delivery:GlobalRatePerSecond"] = "10" });
        await first.Outbox.EnqueueAsync(FanOut.Occurrence("news-4"), FanOut.ToChannels(Connector.ServiceUrl, 40), default);
        await first.StartAsync();
        await WaitUntilAsync(() => Connector.Answered.Count >= 5);

        await first.StopAsync();

        var afterStop = await first.Store.ListItemsAsync("news-4", default);
        Assert.DoesNotContain(afterStop, i => i.Item.State == OutboxItemState.Sending);
        Assert.Contains(afterStop, i => i.Item.State == OutboxItemState.Queued);
        var second = Instance();
        await second.StartAsync();
        var tally = await FanOut.DrainAsync(second.Store, "news-4", TimeSpan.FromSeconds(60));
        Assert.Equal(40, tally.Sent);
        Assert.All(Connector.AcceptedPostsPerConversation(), p => Assert.Equal(1, p.Value));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition() && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.True(condition(), "timed out");
    }
}
