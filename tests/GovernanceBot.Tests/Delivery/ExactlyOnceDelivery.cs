using GovernanceBot.Conversations;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Domain.Delivery;
using GovernanceBot.TestSupport.Loopback;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Delivery;

/// <summary>
/// Exactly once per (occurrence, recipient), whatever the store: two sender instances on one store,
/// a replayed occurrence, a sender that died holding claims, permanent failures reported once.
/// </summary>
public abstract class ExactlyOnceDelivery : IAsyncLifetime
{
    protected LoopbackConnector Connector { get; private set; } = null!;
    private readonly List<SenderInstance> _instances = [];

    /// <summary>Storage settings of the store every instance of one test shares.</summary>
    protected abstract Dictionary<string, string?> StorageSettings();

    public virtual async Task InitializeAsync()
    {
        Connector = await LoopbackConnector.StartAsync();
        Connector.DistinctActivityIds = true;
        Connector.Latency = TimeSpan.FromMilliseconds(5);
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var instance in _instances) await instance.DisposeAsync();
        await Connector.DisposeAsync();
    }

    protected SenderInstance Instance(Dictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null)
    {
        var instance = new SenderInstance(StorageSettings(), overrides, services);
        _instances.Add(instance);
        return instance;
    }

    [Fact]
    public async Task Two_senders_on_one_store_post_each_channel_exactly_once()
    {
        var first = Instance();
        var second = Instance();
        await first.Outbox.EnqueueAsync(FanOut.Occurrence("agenda-1"), FanOut.ToChannels(Connector.ServiceUrl, 60), default);

        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        var tally = await FanOut.DrainAsync(first.Store, "agenda-1", TimeSpan.FromSeconds(60));

        Assert.Equal(60, tally.Sent);
        var posts = Connector.AcceptedPostsPerConversation();
        Assert.Equal(60, posts.Count);
        Assert.All(posts, p => Assert.Equal(1, p.Value));
        var items = await first.Store.ListItemsAsync("agenda-1", default);
        Assert.All(items, i => Assert.Matches(@"^19:channel\d{3}@thread\.tacv2;messageid=\d+$", i.Item.SentConversationId));
        Assert.Equal(60, items.Select(i => i.Item.ActivityId).Distinct().Count());
    }

    [Fact]
    public async Task A_replayed_occurrence_enqueues_nothing_and_sends_nothing_again()
    {
        var instance = Instance();
        var messages = FanOut.ToChannels(Connector.ServiceUrl, 5);
        Assert.Equal(5, await instance.Outbox.EnqueueAsync(FanOut.Occurrence("digest-1"), messages, default));
        await instance.StartAsync();
        await FanOut.DrainAsync(instance.Store, "digest-1", TimeSpan.FromSeconds(30));

        var added = await instance.Outbox.EnqueueAsync(FanOut.Occurrence("digest-1"), messages, default);
        await Task.Delay(600);

        Assert.Equal(0, added);
        Assert.Equal(5, Connector.AcceptedPostsPerConversation().Values.Sum());
    }

    [Fact]
    public async Task A_replay_after_a_partial_enqueue_adds_only_the_missing_recipients()
    {
        var instance = Instance();
        var messages = FanOut.ToChannels(Connector.ServiceUrl, 8);
        await instance.Outbox.EnqueueAsync(FanOut.Occurrence("agenda-2"), messages.Take(3).ToList(), default);

        var added = await instance.Outbox.EnqueueAsync(FanOut.Occurrence("agenda-2"), messages, default);
        await instance.StartAsync();
        var tally = await FanOut.DrainAsync(instance.Store, "agenda-2", TimeSpan.FromSeconds(30));

        Assert.Equal(5, added);
        Assert.Equal(8, tally.Sent);
        Assert.All(Connector.AcceptedPostsPerConversation(), p => Assert.Equal(1, p.Value));
    }

    [Fact]
    public async Task A_claim_left_by_a_dead_sender_is_sent_once_after_its_lease_expires()
    {
        var dead = Instance();
        await dead.Outbox.EnqueueAsync(FanOut.Occurrence("agenda-3"), FanOut.ToChannels(Connector.ServiceUrl, 1), default);
        var stored = Assert.Single(await dead.Store.ListItemsAsync("agenda-3", default));
        var claimedAt = DateTimeOffset.UtcNow;
        Assert.NotNull(await dead.Store.TryReplaceAsync(stored.Item.Claim("dead-instance", claimedAt, TimeSpan.FromSeconds(2)), stored.ETag, default));

        var survivor = Instance();
        await survivor.StartAsync();
        var tally = await FanOut.DrainAsync(survivor.Store, "agenda-3", TimeSpan.FromSeconds(30));

        Assert.Equal(1, tally.Sent);
        var post = Assert.Single(Connector.Answered);
        Assert.True(post.Request.ReceivedAt >= claimedAt.AddSeconds(2), "the survivor sent before the dead sender's lease expired");
        Assert.Equal(2, Assert.Single(await survivor.Store.ListItemsAsync("agenda-3", default)).Item.Attempts);
    }

    [Fact]
    public async Task Permanent_failures_are_marked_with_their_reason_and_reported_once_to_the_owner()
    {
        var first = Instance();
        var second = Instance();
        await OwnerChatAsync(first, "aad-owner", "a:owner-chat");
        Connector.AlwaysFor(FanOut.Channel(1), 403, """{"error":{"code":"BotNotInConversationRoster","message":"removed"}}""");
        Connector.AlwaysFor(FanOut.Channel(2), 404, """{"error":{"code":"ConversationNotFound","message":"gone"}}""");
        await first.Outbox.EnqueueAsync(FanOut.Occurrence("agenda-4", owner: "aad-owner"), FanOut.ToChannels(Connector.ServiceUrl, 4), default);

        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        await FanOut.DrainAsync(first.Store, "agenda-4", TimeSpan.FromSeconds(30));
        await FanOut.DrainAsync(first.Store, "report:agenda-4", TimeSpan.FromSeconds(30));
        await Task.Delay(800);

        var items = (await first.Store.ListItemsAsync("agenda-4", default)).Select(i => i.Item).ToDictionary(i => i.RecipientKey);
        Assert.Equal("HTTP 403 (BotNotInConversationRoster)", items[FanOut.Channel(1)].FailureReason);
        Assert.Equal("HTTP 404 (ConversationNotFound)", items[FanOut.Channel(2)].FailureReason);
        Assert.Equal(1, items[FanOut.Channel(1)].Attempts);
        Assert.Equal(2, items.Values.Count(i => i.State == OutboxItemState.Sent));
        var report = Assert.Single(Connector.Answered, a => a.ConversationId == "a:owner-chat");
        var text = report.Request.Json!["text"]!.GetValue<string>();
        Assert.Contains("2 message(s) sur 4", text);
        Assert.Contains("Channel 1 : HTTP 403 (BotNotInConversationRoster)", text);
        Assert.Equal(2, Connector.Answered.Count(a => a.Status is 403 or 404));

        var status = (await first.Outbox.RecentAsync(5, default)).Single(s => s.Occurrence.OccurrenceId == "agenda-4");
        Assert.Equal((2, 2, 0), (status.Tally.Sent, status.Tally.Failed, status.Tally.Queued));
        Assert.True(status.FailuresReported);
        Assert.False(status.Open);
    }

    protected async Task OwnerChatAsync(SenderInstance instance, string aadObjectId, string conversationId)
    {
        var store = instance.Services.GetRequiredService<ConversationReferenceStore>();
        await store.SaveAsync(new ConversationReference(conversationId, "personal", Connector.ServiceUrl, "msteams", "tenant-1", null, null, null,
            "29:owner", aadObjectId, "Camille Owner", "28:governancebot", DateTimeOffset.UtcNow, Installed: true), default);
    }
}
