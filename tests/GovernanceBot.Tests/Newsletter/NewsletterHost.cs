using System.Text.Json.Nodes;
using GovernanceBot.Delivery.Schedules;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Newsletter;
using GovernanceBot.TestSupport.Loopback;
using GovernanceBot.Tests.Copil;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.Tests.Maturity;
using GovernanceBot.Tests.UseCases;
using GovernanceBot.UseCases;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Newsletter;

/// <summary>
/// One bot for one newsletter test: Camille and Malik in the comms team, Bruno in the central team, Chloé admin,
/// a clock set in Q4 2026 that a test can move forward, and a loopback Teams connector for channel posts.
/// </summary>
internal sealed class NewsletterHost : IAsyncDisposable
{
    public const string NewsletterChannel = "19:newsletter-channel@thread.tacv2";
    public static readonly TestUser Camille = new("29:camille", "00000000-0000-0000-0000-0000000000f1", "Camille Comms");
    public static readonly TestUser Malik = new("29:malik", "00000000-0000-0000-0000-0000000000f2", "Malik Comms");
    public static readonly TestUser Central = MaturityHostFixture.CentralTeamMember;
    public static readonly TestUser Admin = MaturityHostFixture.Admin;

    /// <summary>Friday 20 November 2026, 09:00 UTC: in Q4 2026.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private NewsletterHost(LoopbackConnector connector, BotTestHost host, MovableClock clock)
    {
        Connector = connector;
        Host = host;
        Clock = clock;
    }

    public LoopbackConnector Connector { get; }
    public BotTestHost Host { get; }
    public MovableClock Clock { get; }

    public static async Task<NewsletterHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var connector = await LoopbackConnector.StartAsync();
        connector.DistinctActivityIds = true;
        var all = MaturityHostFixture.RoleSettings;
        all["Roles:Comms:0"] = Camille.AadObjectId;
        all["Roles:Comms:1"] = Malik.AadObjectId;
        all["Delivery:PollInterval"] = "00:00:00.200";
        all["Delivery:SchedulerInterval"] = "01:00:00";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        var clock = new MovableClock(Start);
        var host = new BotTestHost(all) { ServiceOverrides = services => services.AddSingleton<TimeProvider>(clock) };
        await MaturityHostFixture.CreateHubsAsync(host);
        return new NewsletterHost(connector, host, clock);
    }

    public TestConversation Personal(TestUser user, string locale = "fr-FR") => Host.Conversation(user, locale);

    /// <summary>A use case of the retail-banking hub in production since <paramref name="goLive"/>.</summary>
    public async Task<UseCase> SeedLiveAsync(string title, int sequence, DateOnly goLive, string kpi = "attrition −2 pts sur 12 000 clients", string contact = "Alice Martin")
    {
        var useCase = CopilSamples.Evaluated(title, Rating.High, FeasibilityVerdict.Feasible, sequence, state: UseCaseState.InProduction) with
        {
            Production = new ProductionFacts { GoLiveDate = goLive, KpiValues = kpi, SupportContact = contact },
            SubmittedAt = Start.AddDays(-20),
        };
        await Host.Services.GetRequiredService<UseCaseStore>().AddAsync(
            new UseCaseChange(useCase, new HistoryEntry(useCase.CreatedAt, useCase.Revision, "aad-alice", "Alice", HistoryEvent.Created, UseCaseState.Draft, useCase.State)), default);
        return useCase;
    }

    /// <summary>Says <paramref name="text"/> in the newsletter channel as <paramref name="user"/> (e.g. "enregistrer newsletter").</summary>
    public async Task<string> SayInChannelAsync(TestUser user, string text)
    {
        var channel = new TestConversation(Host.CreateClient(), user, "fr-FR")
        {
            ConversationId = NewsletterChannel + ";messageid=1700000000001",
            ConversationType = "channel",
            ServiceUrl = Connector.ServiceUrl,
        };
        var activity = channel.NewActivity("message");
        activity["text"] = text;
        activity["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = "19:team-general@thread.tacv2", ["name"] = "Data Science" },
            ["channel"] = new JsonObject { ["id"] = NewsletterChannel, ["name"] = "Newsletter" },
            ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
        };
        var replies = await channel.PostForRepliesAsync(activity);
        return string.Join("\n", replies.Select(r => r["text"]?.GetValue<string>() ?? ""));
    }

    public static async Task<string> SayAsync(TestConversation conversation, string text) =>
        string.Join("\n", (await conversation.SendAsync(text)).Select(r => r["text"]?.GetValue<string>() ?? r.Card().AllText()));

    /// <summary>Opens the editor as <paramref name="user"/>; returns its card.</summary>
    public async Task<JsonObject> OpenAsync(TestUser user)
    {
        var replies = await Personal(user).SendAsync("newsletter");
        return Assert.Single(replies).Card() ?? throw new InvalidOperationException("No editor card.");
    }

    /// <summary>Clicks the button with <paramref name="verb"/> (of <paramref name="sectionId"/> when given) on <paramref name="card"/>, typing <paramref name="inputs"/>.</summary>
    public async Task<InvokeResult> ClickAsync(TestUser user, JsonObject card, string verb, string? sectionId = null, JsonObject? inputs = null)
    {
        var (_, _, data) = card.ExecuteActions().First(a => a.Verb == verb && (sectionId is null || a.Data["sectionId"]?.GetValue<string>() == sectionId));
        var sent = data.DeepClone().AsObject();
        foreach (var (key, value) in inputs ?? new JsonObject()) sent[key] = value?.DeepClone();
        return await Personal(user).ExecuteAsync(verb, sent);
    }

    /// <summary>The section ids in the order the card lists them.</summary>
    public static IReadOnlyList<string> SectionIds(JsonObject card) =>
        [.. card.ExecuteActions().Where(a => a.Verb == NewsletterVerbs.EditSection).Select(a => a.Data["sectionId"]!.GetValue<string>())];

    /// <summary>Runs the scheduler once, as its background pass would.</summary>
    public Task<int> RunSchedulerAsync() => Host.Services.GetRequiredService<Scheduler>().RunDueAsync(default);

    public async Task<IReadOnlyList<AnsweredRequest>> WaitForPostsAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var posts = Connector.Answered.Where(a => a.Request.Method == "POST" && a.Status is >= 200 and < 300).ToList();
            if (posts.Count >= count) return posts;
            await Task.Delay(100);
        }
        throw new TimeoutException($"Fewer than {count} posts reached the connector.");
    }

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await Connector.DisposeAsync();
    }

    /// <summary>Real time shifted to a chosen start; <see cref="Advance"/> jumps ahead (the send time comes) while time keeps running.</summary>
    internal sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        private readonly DateTimeOffset _realStart = DateTimeOffset.UtcNow;
        private TimeSpan _jump;

        public void Advance(TimeSpan by) => _jump += by;

        public override DateTimeOffset GetUtcNow() => start + (DateTimeOffset.UtcNow - _realStart) + _jump;
    }
}
