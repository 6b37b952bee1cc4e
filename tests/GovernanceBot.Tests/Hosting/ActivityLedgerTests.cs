using Microsoft.Extensions.DependencyInjection;
using GovernanceBot.TestSupport.Loopback;
using System.Net;
using GovernanceBot.BotFramework.Schema;
using GovernanceBot.Hosting;
using GovernanceBot.Storage.Sqlite;
using GovernanceBot.Tests.Infrastructure;

namespace GovernanceBot.Tests.Hosting;

/// <summary>Channel retries that land on another instance of the bot, and the ledger's upkeep.</summary>
public sealed class ActivityLedgerTests
{
    [Fact]
    public async Task A_retry_landing_on_another_instance_is_not_acted_on_twice()
    {
        using var first = new BotTestHost();
        using var second = new BotTestHost(dataDirectory: first.DataDirectory);
        await using var connector = await LoopbackConnector.StartAsync();
        var activity = new TestConversation(first.CreateClient(), TestUser.Alice, "fr-FR") { ServiceUrl = connector.ServiceUrl, ExpectReplies = false }.NewActivity("message");
        activity["text"] = "langue anglais";

        using var delivered = await first.CreateClient().PostAsync("/api/messages", System.Net.Http.Json.JsonContent.Create(activity));
        using var retried = await second.CreateClient().PostAsync("/api/messages", System.Net.Http.Json.JsonContent.Create(activity));

        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task A_retry_of_a_repeatable_turn_is_answered_again_without_touching_the_ledger()
    {
        using var first = new BotTestHost();
        using var second = new BotTestHost(dataDirectory: first.DataDirectory);
        await using var connector = await LoopbackConnector.StartAsync();
        var activity = new TestConversation(first.CreateClient(), TestUser.Alice, "fr-FR") { ServiceUrl = connector.ServiceUrl, ExpectReplies = false }.NewActivity("message");
        activity["text"] = "aide";

        using var delivered = await first.CreateClient().PostAsync("/api/messages", System.Net.Http.Json.JsonContent.Create(activity));
        using var retried = await second.CreateClient().PostAsync("/api/messages", System.Net.Http.Json.JsonContent.Create(activity));

        // Help changes nothing, so the retry simply gets the same card again, and no ledger row was written for it.
        Assert.Equal(2, connector.Requests.Count);
        Assert.All(connector.Requests, r => Assert.Contains("application/vnd.microsoft.card.adaptive", r.Body));
        var ledger = new StoredActivityLedger(first.Services.GetRequiredService<GovernanceBot.Storage.ITableStorage>(), TimeProvider.System);
        Assert.True(await ledger.TryClaimAsync(new Activity { Type = ActivityTypes.Message, Id = activity["id"]!.GetValue<string>(), ChannelId = "msteams",
            Conversation = new ConversationAccount { Id = activity["conversation"]!["id"]!.GetValue<string>() }, Timestamp = DateTimeOffset.UtcNow }, CancellationToken.None));
    }

    [Fact]
    public async Task Claims_are_per_activity_and_released_claims_can_be_taken_again()
    {
        using var directory = new TemporaryDirectory();
        using var storage = new SqliteTableStorage(Path.Combine(directory.Path, "ledger.db"));
        var ledger = new StoredActivityLedger(storage, TimeProvider.System);
        var one = Activity("a1", DateTimeOffset.UtcNow);

        Assert.True(await ledger.TryClaimAsync(one, CancellationToken.None));
        Assert.False(await ledger.TryClaimAsync(one, CancellationToken.None));
        Assert.True(await ledger.TryClaimAsync(Activity("a2", DateTimeOffset.UtcNow), CancellationToken.None));

        await ledger.ReleaseAsync(one, CancellationToken.None);
        Assert.True(await ledger.TryClaimAsync(one, CancellationToken.None));
    }

    [Fact]
    public async Task Purging_removes_days_past_retention_and_keeps_recent_ones()
    {
        using var directory = new TemporaryDirectory();
        using var storage = new SqliteTableStorage(Path.Combine(directory.Path, "ledger.db"));
        var now = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
        var fiveDaysAgo = new StoredActivityLedger(storage, new FixedTime(now.AddDays(-5)));
        var ledger = new StoredActivityLedger(storage, new FixedTime(now));
        var old = Enumerable.Range(0, 130).Select(i => Activity($"old-{i}", now.AddDays(-5))).ToList();
        var recent = Activity("recent", now.AddDays(-1));
        foreach (var activity in old) await fiveDaysAgo.TryClaimAsync(activity, CancellationToken.None);
        await ledger.TryClaimAsync(recent, CancellationToken.None);

        var deleted = await ledger.PurgeAsync(daysBack: 14, CancellationToken.None);

        Assert.Equal(130, deleted);
        Assert.True(await fiveDaysAgo.TryClaimAsync(old[0], CancellationToken.None));
        Assert.False(await ledger.TryClaimAsync(recent, CancellationToken.None));
    }

    [Fact]
    public async Task An_implausible_timestamp_is_filed_under_today_so_the_purge_reaches_it()
    {
        using var directory = new TemporaryDirectory();
        using var storage = new SqliteTableStorage(Path.Combine(directory.Path, "ledger.db"));
        var now = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
        var ledger = new StoredActivityLedger(storage, new FixedTime(now));
        await ledger.TryClaimAsync(Activity("far-future", now.AddYears(5)), CancellationToken.None);

        var later = new StoredActivityLedger(storage, new FixedTime(now.AddDays(4)));
        Assert.Equal(1, await later.PurgeAsync(daysBack: 14, CancellationToken.None));
    }

    private static Activity Activity(string id, DateTimeOffset timestamp) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        Timestamp = timestamp,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = "a:conversation/with#odd?chars" },
    };

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class TemporaryDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("governancebot-ledger-").FullName;

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Path, recursive: true);
        }
    }
}
