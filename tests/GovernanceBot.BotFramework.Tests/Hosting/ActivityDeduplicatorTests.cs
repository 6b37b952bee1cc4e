using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Hosting;
using GovernanceBot.BotFramework.Schema;
using GovernanceBot.BotFramework.Tests.Loopback;

namespace GovernanceBot.BotFramework.Tests.Hosting;

public sealed class ActivityDeduplicatorTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task A_repeat_gets_the_first_outcome_without_running_again()
    {
        var deduplicator = new ActivityDeduplicator(_clock);
        var runs = 0;
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(new JsonObject { ["text"] = "Bonjour" }) };
        Task<TurnOutcome> Turn() { runs++; return Task.FromResult(new TurnOutcome(new InvokeResponse(200, card), null)); }

        var first = await deduplicator.RunOnceAsync(Activity("a-1"), Turn);
        var repeat = await deduplicator.RunOnceAsync(Activity("a-1"), Turn);

        Assert.Equal(1, runs);
        Assert.Same(card, first.InvokeResponse!.Body);
        Assert.Equal(200, repeat.InvokeResponse!.Status);
        Assert.Equal(card.ToJsonString(), repeat.InvokeResponse.Body!.ToJsonString());
    }

    [Fact]
    public async Task The_outcome_carries_its_replies_as_json_for_the_first_answer_and_the_repeat_alike()
    {
        var deduplicator = new ActivityDeduplicator(_clock);
        List<Activity> replies = [new Activity { Type = "message", Text = "Bonjour" }, new Activity { Type = "message", Text = "Au revoir" }];
        var expected = System.Text.Json.JsonSerializer.Serialize(replies, ProtocolJson.Options);

        var first = await deduplicator.RunOnceAsync(Activity("a-1"), () => Task.FromResult(new TurnOutcome(null, replies)));
        var repeat = await deduplicator.RunOnceAsync(Activity("a-1"), () => throw new InvalidOperationException("ran twice"));

        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(first.RepliesJson!.Value.Span));
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(repeat.RepliesJson!.Value.Span));
        Assert.Null(first.InvokeBodyJson);
    }

    [Fact]
    public async Task A_turn_without_replies_has_no_replies_json_rather_than_an_empty_one()
    {
        var deduplicator = new ActivityDeduplicator(_clock);

        var outcome = await deduplicator.RunOnceAsync(Activity("a-1"), () => Task.FromResult(new TurnOutcome(new InvokeResponse(200, new JsonObject { ["ok"] = true }), null)));

        Assert.Null(outcome.RepliesJson);
        Assert.Equal("{\"ok\":true}", System.Text.Encoding.UTF8.GetString(outcome.InvokeBodyJson!.Value.Span));
    }

    [Fact]
    public async Task A_repeat_during_the_first_delivery_waits_for_it()
    {
        var deduplicator = new ActivityDeduplicator(_clock);
        var release = new TaskCompletionSource<TurnOutcome>();
        var runs = 0;

        var first = deduplicator.RunOnceAsync(Activity("a-1"), () => { runs++; return release.Task; });
        var repeat = deduplicator.RunOnceAsync(Activity("a-1"), () => { runs++; return release.Task; });
        release.SetResult(new TurnOutcome(null, [new Activity { Text = "done" }]));

        Assert.Equal("done", Assert.Single((await first).Replies!).Text);
        Assert.Equal("done", Assert.Single((await repeat).Replies!).Text);
        Assert.Equal(1, runs);
    }

    [Fact]
    public async Task A_failed_delivery_is_forgotten_so_the_retry_runs()
    {
        var deduplicator = new ActivityDeduplicator(_clock);

        await Assert.ThrowsAsync<InvalidOperationException>(() => deduplicator.RunOnceAsync(Activity("a-1"), () => throw new InvalidOperationException()));
        var retry = await deduplicator.RunOnceAsync(Activity("a-1"), () => Task.FromResult(new TurnOutcome(null, null)));

        Assert.NotNull(retry);
        Assert.Equal(1, deduplicator.Count);
    }

    [Fact]
    public async Task The_number_of_remembered_turns_is_bounded_and_the_oldest_go_first()
    {
        var deduplicator = new ActivityDeduplicator(_clock);
        var runs = 0;
        Task<TurnOutcome> Turn() { runs++; return Task.FromResult(new TurnOutcome(null, null)); }

        for (var i = 0; i < ActivityDeduplicator.MaxEntries + 500; i++) await deduplicator.RunOnceAsync(Activity($"a-{i}"), Turn);
        Assert.Equal(ActivityDeduplicator.MaxEntries, deduplicator.Count);

        await deduplicator.RunOnceAsync(Activity($"a-{ActivityDeduplicator.MaxEntries + 499}"), Turn); // recent: still known
        Assert.Equal(ActivityDeduplicator.MaxEntries + 500, runs);
        await deduplicator.RunOnceAsync(Activity("a-0"), Turn); // oldest: dropped, runs (the shared ledger guards it)
        Assert.Equal(ActivityDeduplicator.MaxEntries + 501, runs);
    }

    [Fact]
    public async Task Kept_outcomes_stay_under_the_byte_bound_however_big_the_cards()
    {
        var deduplicator = new ActivityDeduplicator(_clock);
        var bigCard = new JsonObject { ["text"] = new string('x', 100_000) };

        for (var i = 0; i < 500; i++)
            await deduplicator.RunOnceAsync(Activity($"a-{i}"), () => Task.FromResult(new TurnOutcome(new InvokeResponse(200, bigCard), null)));

        Assert.InRange(deduplicator.RetainedBytes, 1, ActivityDeduplicator.MaxRetainedBytes);
        Assert.True(deduplicator.Count < 100);
    }

    [Fact]
    public async Task Outcomes_are_dropped_after_the_retention()
    {
        var deduplicator = new ActivityDeduplicator(_clock);
        var runs = 0;
        Task<TurnOutcome> Turn() { runs++; return Task.FromResult(new TurnOutcome(null, null)); }

        await deduplicator.RunOnceAsync(Activity("a-1"), Turn);
        _clock.Advance(ActivityDeduplicator.Retention + TimeSpan.FromSeconds(1));
        await deduplicator.RunOnceAsync(Activity("a-2"), Turn);

        Assert.Equal(1, deduplicator.Count);
        await deduplicator.RunOnceAsync(Activity("a-1"), Turn);
        Assert.Equal(3, runs);
    }

    private static Activity Activity(string id) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = "a:conversation" },
    };
}
