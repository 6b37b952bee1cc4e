using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.TestSupport.Loopback;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.Tests.Maturity;
using GovernanceBot.Storage;
using GovernanceBot.UseCases;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Copil;

/// <summary>
/// A bot with a loopback Teams connector, a channel registered for the Copil and two Copil members: what a
/// session's thread needs. Talks in the channel and in personal chats through the real HTTP endpoint.
/// </summary>
internal sealed partial class CopilThreadHost : IAsyncDisposable
{
    public const string CopilChannel = "19:copil-sessions@thread.tacv2";
    public static readonly TestUser SecondMember = new("29:fabien", "00000000-0000-0000-0000-0000000000f6", "Fabien Morel");

    private CopilThreadHost(LoopbackConnector connector, BotTestHost host)
    {
        Connector = connector;
        Host = host;
    }

    public LoopbackConnector Connector { get; }
    public BotTestHost Host { get; }
    public UseCaseStore UseCases => Host.Services.GetRequiredService<UseCaseStore>();

    public static async Task<CopilThreadHost> StartAsync(Action<IServiceCollection>? overrides = null, IDictionary<string, string?>? extra = null)
    {
        var connector = await LoopbackConnector.StartAsync();
        connector.DistinctActivityIds = true;
        var settings = MaturityHostFixture.RoleSettings;
        settings["Roles:Copil:1"] = SecondMember.AadObjectId;
        settings["Delivery:PollInterval"] = "00:00:00.100";
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>()) settings[key] = value;
        var host = new BotTestHost(settings) { ServiceOverrides = overrides };
        var thread = new CopilThreadHost(connector, host);
        await MaturityHostFixture.CreateHubsAsync(host);
        Assert.StartsWith("Ce canal reçoit désormais", await thread.SayInChannelAsync(MaturityHostFixture.Admin, "enregistrer copil"));
        return thread;
    }

    public async Task<UseCase> SeedAsync(UseCase useCase)
    {
        await UseCases.AddAsync(new UseCaseChange(useCase, new HistoryEntry(useCase.CreatedAt, useCase.Revision, "aad-alice", "Alice", HistoryEvent.Created, UseCaseState.Draft, useCase.State)), default);
        // A submission writes the number's lookup row; a seeded case needs it to be found by number.
        if (useCase.Number is { } number)
            await Host.Services.GetRequiredService<ITableStorage>().GetTable(UseCaseStore.TableName).AddAsync(UseCaseEntities.NumberEntity(number, useCase.Id), default);
        return useCase;
    }

    /// <summary>Plans a monthly Copil and runs its agenda job now; returns the agenda's first post as the connector received it.</summary>
    public async Task<AnsweredRequest> PostAgendaAsync()
    {
        var planned = await SayAsync(MaturityHostFixture.CentralTeamMember, "copil planifier mensuel le 10 à 14h, ordre du jour 3 jours avant, synthèse à 18h");
        var agendaJob = JobIds().Matches(planned)[0].Groups[1].Value;
        Assert.Contains("lancée maintenant", await SayAsync(MaturityHostFixture.CentralTeamMember, $"exécuter planification {agendaJob}"));
        return await WaitForAsync(a => a.Request.RawTarget == "/v3/conversations" && a.Status == 201, "the agenda's first post");
    }

    /// <summary>The replies posted in <paramref name="thread"/> so far.</summary>
    public IReadOnlyList<AnsweredRequest> Replies(string thread) =>
        [.. Connector.Answered.Where(a => a.Request.Method == "POST" && a.ConversationId == thread && a.Status == 201)];

    public static string ThreadOf(AnsweredRequest firstPost) => JsonNode.Parse(firstPost.Body!)!["id"]!.GetValue<string>();

    public static JsonObject CardOf(AnsweredRequest post) =>
        post.Request.Json!["attachments"]?[0]?["content"]?.AsObject() ?? post.Request.Json!["activity"]!["attachments"]![0]!["content"]!.AsObject();

    public async Task<IReadOnlyList<AnsweredRequest>> WaitForRepliesAsync(string thread, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var replies = Replies(thread);
            if (replies.Count >= count) return replies;
            await Task.Delay(100);
        }
        throw new TimeoutException($"Expected {count} replies in {thread}, got {Replies(thread).Count}.");
    }

    public async Task<AnsweredRequest> WaitForAsync(Func<AnsweredRequest, bool> match, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (Connector.Answered.FirstOrDefault(match) is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException($"The connector never received {what}.");
    }

    /// <summary>Clicks a card's Action.Execute in the agenda thread as <paramref name="user"/>, with the inputs typed in.</summary>
    public Task<InvokeResult> ClickAsync(TestUser user, string thread, JsonObject data, JsonObject inputs)
    {
        var merged = data.DeepClone().AsObject();
        foreach (var (key, value) in inputs) merged[key] = value?.DeepClone();
        return ChannelConversation(user, thread).ExecuteAsync("copil.decide", merged);
    }

    public async Task<string> SayAsync(TestUser user, string text) =>
        string.Join("\n", (await Host.Conversation(user).SendAsync(text)).Select(r => r["text"]?.GetValue<string>() ?? ""));

    public async Task<string> SayInChannelAsync(TestUser user, string text)
    {
        var conversation = ChannelConversation(user, CopilChannel + ";messageid=1700000000001");
        var activity = conversation.NewActivity("message");
        activity["text"] = text;
        activity["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = "19:team-governance@thread.tacv2", ["name"] = "Data Science" },
            ["channel"] = new JsonObject { ["id"] = CopilChannel, ["name"] = "Copil" },
            ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
        };
        var replies = await conversation.PostForRepliesAsync(activity);
        return string.Join("\n", replies.Select(r => r["text"]?.GetValue<string>() ?? ""));
    }

    private TestConversation ChannelConversation(TestUser user, string conversationId) => new(Host.CreateClient(), user, "fr-FR")
    {
        ConversationId = conversationId,
        ConversationType = "channel",
        ServiceUrl = Connector.ServiceUrl,
    };

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await Connector.DisposeAsync();
    }

    [GeneratedRegex(@"\[(j[0-9a-f]{6})\]")]
    private static partial Regex JobIds();
}
