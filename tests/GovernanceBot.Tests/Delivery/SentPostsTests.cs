using System.Collections.Concurrent;
using GovernanceBot.BotFramework.Proactive;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.TestSupport.Loopback;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.Tests.Delivery;

/// <summary>
/// The delivery seams features build on, through the loopback connector: what an occurrence posted, read back
/// and edited in place (<see cref="SentPosts"/>), and the listeners told after each send (<see cref="IOutboxSendListener"/>).
/// </summary>
public sealed class SentPostsTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("governancebot-sentposts-").FullName;
    private readonly List<SenderInstance> _instances = [];
    private LoopbackConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _connector.DistinctActivityIds = true;
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances) await instance.DisposeAsync();
        await _connector.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    private SenderInstance Instance(Action<IServiceCollection>? services = null)
    {
        var instance = new SenderInstance(SenderInstance.Sqlite(_directory), services: services);
        _instances.Add(instance);
        return instance;
    }

    [Fact]
    public async Task Sent_posts_list_the_new_threads_with_the_activity_ids_the_connector_returned()
    {
        var instance = Instance();
        await instance.Outbox.EnqueueAsync(FanOut.Occurrence("agenda-10"), FanOut.ToChannels(_connector.ServiceUrl, 3), default);
        await instance.StartAsync();
        await FanOut.DrainAsync(instance.Store, "agenda-10", TimeSpan.FromSeconds(30));
        var posts = instance.Services.GetRequiredService<SentPosts>();

        var listed = await posts.ListAsync("agenda-10", default);

        Assert.Equal(3, listed.Count);
        foreach (var post in listed)
        {
            var answer = Assert.Single(_connector.Answered, a => a.ConversationId == post.RecipientKey);
            Assert.Equal(answer.Body, $$"""{"id":"{{post.ConversationId}}","activityId":"{{post.ActivityId}}"}""");
            Assert.StartsWith(post.RecipientKey + ";messageid=", post.ConversationId);
            Assert.Equal(_connector.ServiceUrl, post.ServiceUrl);
        }
        var found = await posts.FindAsync("agenda-10", FanOut.Channel(1), default);
        Assert.Equal(listed.Single(p => p.RecipientKey == FanOut.Channel(1)), found);
        Assert.Null(await posts.FindAsync("agenda-10", "19:never@thread.tacv2", default));
        Assert.Empty(await posts.ListAsync("agenda-unknown", default));
    }

    [Fact]
    public async Task A_post_not_sent_yet_is_not_listed()
    {
        var instance = Instance();
        await instance.Outbox.EnqueueAsync(FanOut.Occurrence("agenda-11"), FanOut.ToChannels(_connector.ServiceUrl, 2), default);

        var posts = instance.Services.GetRequiredService<SentPosts>();

        Assert.Empty(await posts.ListAsync("agenda-11", default));
        Assert.Null(await posts.FindAsync("agenda-11", FanOut.Channel(0), default));
    }

    [Fact]
    public async Task Update_all_edits_each_post_in_place_and_a_refused_edit_answers_false_and_is_skipped()
    {
        var instance = Instance();
        await instance.Outbox.EnqueueAsync(FanOut.Occurrence("agenda-12"), FanOut.ToChannels(_connector.ServiceUrl, 3), default);
        await instance.StartAsync();
        await FanOut.DrainAsync(instance.Store, "agenda-12", TimeSpan.FromSeconds(30));
        var posts = instance.Services.GetRequiredService<SentPosts>();
        var refused = (await posts.FindAsync("agenda-12", FanOut.Channel(2), default))!;
        _connector.AlwaysFor(refused.ConversationId, 403, """{"error":{"code":"Forbidden","message":"edit not allowed"}}""");

        var edited = await posts.UpdateAllAsync("agenda-12", OutgoingMessage.FromText("Décision prise : reporté"), default);

        Assert.Equal(2, edited);
        var puts = _connector.Answered.Where(a => a.Request.Method == "PUT").ToList();
        Assert.Equal(3, puts.Count);
        foreach (var post in await posts.ListAsync("agenda-12", default))
        {
            var put = Assert.Single(puts, p => p.ConversationId == post.ConversationId);
            Assert.EndsWith("/activities/" + post.ActivityId, put.Request.RawTarget.Split('?')[0]);
            Assert.Equal("Décision prise : reporté", put.Request.Json!["text"]!.GetValue<string>());
            Assert.Equal(post == refused ? 403 : 200, put.Status);
        }
        Assert.False(await posts.TryUpdateAsync(refused, OutgoingMessage.FromText("encore"), default));
        Assert.False(await posts.TryUpdateAsync(refused with { ActivityId = null }, OutgoingMessage.FromText("sans id"), default));
        Assert.Contains(instance.Logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("Could not edit post", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Listeners_are_told_after_each_send_with_the_recorded_post()
    {
        var instance = Instance(services => services.AddSingleton<RecordingListener>().AddSingleton<IOutboxSendListener>(p => p.GetRequiredService<RecordingListener>()));
        var heard = instance.Services.GetRequiredService<RecordingListener>();
        await instance.Outbox.EnqueueAsync(FanOut.Occurrence("agenda-13"), FanOut.ToChannels(_connector.ServiceUrl, 4), default);

        await instance.StartAsync();
        await FanOut.DrainAsync(instance.Store, "agenda-13", TimeSpan.FromSeconds(30));
        await WaitUntilAsync(() => heard.Posts.Count == 4);

        var posts = instance.Services.GetRequiredService<SentPosts>();
        var recorded = await posts.ListAsync("agenda-13", default);
        Assert.Equal(recorded.OrderBy(p => p.RecipientKey).ToList(), heard.Posts.OrderBy(p => p.RecipientKey).ToList());
        Assert.All(heard.SeenStored, Assert.True);
    }

    [Fact]
    public async Task A_failing_listener_neither_undoes_the_send_nor_stops_the_other_listeners()
    {
        var instance = Instance(services =>
        {
            services.AddSingleton<RecordingListener>();
            services.AddSingleton<IOutboxSendListener, FailingListener>();
            services.AddSingleton<IOutboxSendListener>(p => p.GetRequiredService<RecordingListener>());
        });
        var heard = instance.Services.GetRequiredService<RecordingListener>();
        await instance.Outbox.EnqueueAsync(FanOut.Occurrence("agenda-14"), FanOut.ToChannels(_connector.ServiceUrl, 2), default);

        await instance.StartAsync();
        var tally = await FanOut.DrainAsync(instance.Store, "agenda-14", TimeSpan.FromSeconds(30));
        await WaitUntilAsync(() => heard.Posts.Count == 2);
        await Task.Delay(600);

        Assert.Equal((2, 0), (tally.Sent, tally.Failed));
        Assert.Equal(2, _connector.AcceptedPostsPerConversation().Values.Sum());
        Assert.Equal(2, (await instance.Services.GetRequiredService<SentPosts>().ListAsync("agenda-14", default)).Count);
        Assert.Equal(2, instance.Logs.Lines.Count(l => l.Level == LogLevel.Error && l.Message.Contains("Send listener FailingListener failed", StringComparison.Ordinal)));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException();
            await Task.Delay(50);
        }
    }

    /// <summary>Records each post it is told about, and whether the outbox already held it as sent at that moment.</summary>
    private sealed class RecordingListener(OutboxStore store) : IOutboxSendListener
    {
        private readonly ConcurrentQueue<SentPost> _posts = new();
        private readonly ConcurrentQueue<bool> _seenStored = new();
        public IReadOnlyList<SentPost> Posts => [.. _posts];
        public IReadOnlyList<bool> SeenStored => [.. _seenStored];

        public async Task OnSentAsync(SentPost post, CancellationToken cancellationToken)
        {
            var stored = await store.GetItemAsync(post.OccurrenceId, post.RecipientKey, cancellationToken);
            _seenStored.Enqueue(stored is { Item.State: GovernanceBot.Domain.Delivery.OutboxItemState.Sent } && stored.Item.ActivityId == post.ActivityId);
            _posts.Enqueue(post);
        }
    }

    private sealed class FailingListener : IOutboxSendListener
    {
        public Task OnSentAsync(SentPost post, CancellationToken cancellationToken) => throw new InvalidOperationException("listener broke");
    }
}
