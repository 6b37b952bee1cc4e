using System.Text.Json.Nodes;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.TestSupport.Loopback;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.Tests.Maturity;
using GovernanceBot.UseCases;
using Microsoft.Extensions.DependencyInjection;
using static GovernanceBot.Tests.UseCases.UseCaseJourney;

namespace GovernanceBot.Tests.UseCases;

/// <summary>
/// Use-case notifications reach Teams: each move's rows are relayed to the delivery outbox and sent through
/// the loopback connector to the right conversation — the submitter's chat, the central channel with a
/// "Take it" that works there, else each central-team member's chat — once, even with two bot instances.
/// </summary>
public sealed class NotificationRelayTests : IAsyncLifetime
{
    private const string CentralChannel = "19:central-channel@thread.tacv2";
    private static readonly TestUser Emma = new("29:emma", "00000000-0000-0000-0000-0000000000e5", "Emma Leroy");
    private LoopbackConnector _connector = null!;
    private readonly List<BotTestHost> _hosts = [];

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _connector.DistinctActivityIds = true;
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts) host.Dispose();
        await _connector.DisposeAsync();
    }

    private async Task<BotTestHost> NewHostAsync(string? dataDirectory = null, bool createHubs = true)
    {
        var settings = MaturityHostFixture.RoleSettings;
        settings["Roles:CentralTeam:1"] = Emma.AadObjectId;
        settings["Delivery:PollInterval"] = "00:00:00.200";
        settings["Delivery:NotificationRelayInterval"] = "00:00:00.200";
        var host = new BotTestHost(settings, dataDirectory);
        _hosts.Add(host);
        if (createHubs) await MaturityHostFixture.CreateHubsAsync(host);
        return host;
    }

    [Fact]
    public async Task A_submission_reaches_the_central_channel_and_taking_it_reaches_the_submitter()
    {
        var host = await NewHostAsync();
        var member = MaturityHostFixture.NewUser("Alice Hub");
        await InstallAsync(host, member);
        await SayInChannelAsync(host, MaturityHostFixture.Admin, "enregistrer central");

        var chat = await SubmitAsync(host, member, "Relayed churn");
        var id = UseCaseId(chat);

        var post = await WaitForAsync(a => a.Request.RawTarget == "/v3/conversations" && a.ConversationId == CentralChannel);
        var card = post.Request.Json!["activity"]!["attachments"]![0]!["content"]!.AsObject();
        Assert.Contains("Relayed churn", card.AllText());
        var take = Assert.Single(card.ExecuteActions());
        Assert.Equal("Je le prends", take.Title);
        Assert.Equal(UseCaseVerbs.Transition, take.Verb);

        var evaluator = await OpenAsync(host, UseCaseHostFixture.Evaluator, id);
        await evaluator.ClickAsync("Je le prends");

        var notice = await WaitForAsync(a => a.ConversationId == PersonalChatOf(member) && a.Request.Method == "POST");
        Assert.Contains("En évaluation", notice.Request.Json!["text"]!.GetValue<string>());
        Assert.Contains("Relayed churn", notice.Request.Json!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Take_it_works_from_the_channel_for_the_central_team_and_is_refused_to_others()
    {
        var host = await NewHostAsync();
        await SayInChannelAsync(host, MaturityHostFixture.Admin, "enregistrer central");
        var chat = await SubmitAsync(host, MaturityHostFixture.NewUser("Alice Hub"), "Take from channel");
        var id = UseCaseId(chat);
        var post = await WaitForAsync(a => a.Request.RawTarget == "/v3/conversations" && a.ConversationId == CentralChannel);
        var take = Assert.Single(post.Request.Json!["activity"]!["attachments"]![0]!["content"].ExecuteActions());

        var outsider = await ChannelConversation(host, MaturityHostFixture.NewUser("Curious")).ExecuteAsync(take.Verb, (JsonObject)take.Data.DeepClone());
        Assert.Null(outsider.Card);
        Assert.False(string.IsNullOrWhiteSpace(outsider.Message));
        var copil = await ChannelConversation(host, MaturityHostFixture.CopilMember).ExecuteAsync(take.Verb, (JsonObject)take.Data.DeepClone());
        Assert.Null(copil.Card);
        Assert.False(string.IsNullOrWhiteSpace(copil.Message));
        Assert.Equal(UseCaseState.Submitted, (await StoreOf(host).GetAsync(id, default))!.UseCase.State);

        var taken = await ChannelConversation(host, UseCaseHostFixture.Evaluator).ExecuteAsync(take.Verb, (JsonObject)take.Data.DeepClone());

        var stored = (await StoreOf(host).GetAsync(id, default))!.UseCase;
        Assert.Equal((UseCaseState.InEvaluation, UseCaseHostFixture.Evaluator.Name), (stored.State, stored.OwnerName));
        Assert.Contains("Pris en charge par Bruno Petit", taken.Card.AllText());
        Assert.Empty(taken.Card.ExecuteActions());

        var late = await ChannelConversation(host, Emma).ExecuteAsync(take.Verb, (JsonObject)take.Data.DeepClone());
        Assert.Contains("Pris en charge par Bruno Petit", late.Card.AllText());
        Assert.Equal(UseCaseHostFixture.Evaluator.Name, (await StoreOf(host).GetAsync(id, default))!.UseCase.OwnerName);
    }

    [Fact]
    public async Task Without_a_central_channel_each_reachable_central_team_member_gets_the_card_in_their_chat()
    {
        var host = await NewHostAsync();
        await InstallAsync(host, UseCaseHostFixture.Evaluator);

        await SubmitAsync(host, MaturityHostFixture.NewUser("Alice Hub"), "Fallback to chats");

        var post = await WaitForAsync(a => a.ConversationId == PersonalChatOf(UseCaseHostFixture.Evaluator));
        var card = post.Request.Json!["attachments"]![0]!["content"];
        Assert.Contains("Fallback to chats", card.AllText());
        Assert.Equal(["Je le prends", "Ouvrir"], card.ExecuteActions().Select(a => a.Title));
        await Task.Delay(800);
        Assert.DoesNotContain(_connector.Answered, a => a.Request.RawTarget == "/v3/conversations");
        Assert.Single(_connector.Answered, a => a.ConversationId == PersonalChatOf(UseCaseHostFixture.Evaluator));
    }

    [Fact]
    public async Task Two_instances_on_one_store_send_each_notification_once()
    {
        var first = await NewHostAsync();
        var second = await NewHostAsync(first.DataDirectory, createHubs: false);
        var member = MaturityHostFixture.NewUser("Alice Hub");
        await InstallAsync(first, member);
        await SayInChannelAsync(first, MaturityHostFixture.Admin, "enregistrer central");
        var id = UseCaseId(await SubmitAsync(first, member, "Twice relayed"));
        var evaluator = await OpenAsync(second, UseCaseHostFixture.Evaluator, id);
        await evaluator.ClickAsync("Je le prends");

        // Both instances' relays also race on the rows directly.
        await Task.WhenAll(RelayOf(first).RunOnceAsync(default), RelayOf(second).RunOnceAsync(default), RelayOf(first).RunOnceAsync(default));
        await WaitForAsync(a => a.ConversationId == PersonalChatOf(member));
        await WaitForAsync(a => a.ConversationId == CentralChannel);
        await Task.Delay(1000);

        Assert.Single(_connector.Answered, a => a.ConversationId == CentralChannel);
        Assert.Single(_connector.Answered, a => a.ConversationId == PersonalChatOf(member));
        Assert.Empty(await StoreOf(first).ListPendingNotificationsAsync(default));
    }

    [Fact]
    public async Task A_notification_nobody_can_receive_yet_is_kept_with_the_reason()
    {
        var host = await NewHostAsync();
        var id = UseCaseId(await SubmitAsync(host, MaturityHostFixture.NewUser("Alice Hub"), "Nobody listens"));

        await RelayOf(host).RunOnceAsync(default);

        var pending = Assert.Single(await StoreOf(host).ListPendingNotificationsAsync(default), p => p.Notification.UseCaseId == id);
        Assert.Equal(UseCaseNotification.ToCentralTeam, pending.Notification.Audience);
        Assert.Contains("no central channel is registered", pending.Reason);
        Assert.True(pending.RetryAt > DateTimeOffset.UtcNow);
        Assert.Contains(await StoreOf(host).ListOutboxAsync(default), n => n.UseCaseId == id && n.Audience.StartsWith("hub:", StringComparison.Ordinal));
    }

    private static UseCaseStore StoreOf(BotTestHost host) => host.Services.GetRequiredService<UseCaseStore>();

    private static UseCaseNotificationRelay RelayOf(BotTestHost host) => host.Services.GetRequiredService<UseCaseNotificationRelay>();

    private static string PersonalChatOf(TestUser user) => "a:personal-" + user.Id;

    /// <summary>The user installs the bot: Teams sends a conversationUpdate from their personal chat, with the connector's address.</summary>
    private async Task InstallAsync(BotTestHost host, TestUser user)
    {
        var chat = new TestConversation(host.CreateClient(), user, "fr-FR") { ServiceUrl = _connector.ServiceUrl };
        var update = chat.NewActivity("conversationUpdate");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:governancebot" });
        await chat.PostForRepliesAsync(update);
    }

    private TestConversation ChannelConversation(BotTestHost host, TestUser user) => new(host.CreateClient(), user, "fr-FR")
    {
        ConversationId = CentralChannel + ";messageid=1700000000001",
        ConversationType = "channel",
        ServiceUrl = _connector.ServiceUrl,
    };

    private async Task SayInChannelAsync(BotTestHost host, TestUser user, string text)
    {
        var channel = ChannelConversation(host, user);
        var activity = channel.NewActivity("message");
        activity["text"] = text;
        activity["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = "19:team-general@thread.tacv2", ["name"] = "Data Science" },
            ["channel"] = new JsonObject { ["id"] = CentralChannel, ["name"] = "Équipe centrale" },
            ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
        };
        var replies = await channel.PostForRepliesAsync(activity);
        Assert.Contains(replies, r => r["text"]?.GetValue<string>().StartsWith("Ce canal reçoit désormais", StringComparison.Ordinal) == true);
    }

    private async Task<AnsweredRequest> WaitForAsync(Func<AnsweredRequest, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (_connector.Answered.FirstOrDefault(match) is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException("The expected message never reached the connector.");
    }
}
