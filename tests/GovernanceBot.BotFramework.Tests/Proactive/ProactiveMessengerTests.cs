using System.Net;
using System.Text.Json.Nodes;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.BotFramework.Connector;
using GovernanceBot.BotFramework.Proactive;
using GovernanceBot.TestSupport.Loopback;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.BotFramework.Tests.Proactive;

public sealed class ProactiveMessengerTests : IAsyncLifetime
{
    private const string PersonalChat = "a:1xPersonalChat";
    private const string CopilChannel = "19:copil0123@thread.tacv2";
    private const string BotId = "28:bot-app-id";

    private readonly List<ServiceProvider> _providers = [];
    private LoopbackConnector _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _connector.DistinctActivityIds = true;
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers) await provider.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Text_goes_to_the_stored_personal_chat_from_the_bot()
    {
        var sent = await Messenger().SendAsync(Chat(), OutgoingMessage.FromText("Votre cas d'usage a été évalué"), default);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/a%3A1xPersonalChat/activities", request.RawTarget);
        var body = request.Json!;
        Assert.Equal("message", body["type"]!.GetValue<string>());
        Assert.Equal("Votre cas d'usage a été évalué", body["text"]!.GetValue<string>());
        Assert.Equal(BotId, body["from"]!["id"]!.GetValue<string>());
        Assert.Equal(PersonalChat, body["conversation"]!["id"]!.GetValue<string>());
        Assert.Equal(new SentMessage(_connector.ServiceUrl, PersonalChat, "1"), sent);
    }

    [Fact]
    public async Task A_card_travels_as_an_adaptive_card_attachment_with_its_summary()
    {
        var card = new AdaptiveCard { Body = [new TextBlock("Ordre du jour du Copil")] };

        await Messenger().SendAsync(Chat(), OutgoingMessage.FromCard(card, "Ordre du jour"), default);

        var body = Assert.Single(_connector.Requests).Json!;
        var attachment = body["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", attachment["content"]!["type"]!.GetValue<string>());
        Assert.Equal("Ordre du jour", body["summary"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_same_card_message_can_be_sent_to_many_conversations()
    {
        var message = OutgoingMessage.FromCard(new AdaptiveCard { Body = [new TextBlock("Newsletter")] });

        for (var i = 0; i < 3; i++)
            await Messenger().SendAsync(Chat() with { ConversationId = $"a:chat-{i}" }, message, default);

        Assert.Equal(3, _connector.AcceptedPostsPerConversation().Count);
        Assert.All(_connector.Requests, r => Assert.Equal("Newsletter", r.Json!["attachments"]![0]!["content"]!["body"]![0]!["text"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_new_thread_is_a_group_conversation_created_in_the_channel()
    {
        var sent = await Messenger().StartThreadAsync(Channel(), OutgoingMessage.FromText("Copil du 12 mars"), default);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations", request.RawTarget);
        var body = request.Json!;
        Assert.True(body["isGroup"]!.GetValue<bool>());
        Assert.Equal(CopilChannel, body["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal("tenant-1", body["tenantId"]!.GetValue<string>());
        Assert.Equal(BotId, body["bot"]!["id"]!.GetValue<string>());
        Assert.Equal("Copil du 12 mars", body["activity"]!["text"]!.GetValue<string>());
        Assert.Null(body["activity"]!["conversation"]);
        Assert.Equal(new SentMessage(_connector.ServiceUrl, $"{CopilChannel};messageid=1", "1"), sent);
    }

    [Fact]
    public async Task A_thread_answer_without_conversation_id_is_named_after_its_first_message()
    {
        _connector.Then(201, """{"activityId":"1700000000123"}""");

        var sent = await Messenger().StartThreadAsync(Channel(), OutgoingMessage.FromText("Copil"), default);

        Assert.Equal($"{CopilChannel};messageid=1700000000123", sent.ConversationId);
    }

    [Fact]
    public async Task Updating_a_post_puts_the_new_content_at_its_activity_id_in_its_thread()
    {
        var messenger = Messenger();
        var sent = await messenger.StartThreadAsync(Channel(), OutgoingMessage.FromText("En attente de décision"), default);

        await messenger.UpdateAsync(sent, OutgoingMessage.FromText("Décision : priorisé"), default);

        // Found by method: on a loaded machine the first send may time out once and be retried.
        var update = Assert.Single(_connector.Requests, r => r.Method == "PUT");
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(sent.ConversationId)}/activities/1", update.RawTarget);
        Assert.Equal("Décision : priorisé", update.Json!["text"]!.GetValue<string>());
        Assert.Equal("1", update.Json!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Deleting_a_post_removes_its_activity()
    {
        var messenger = Messenger();
        var sent = await messenger.SendAsync(Chat(), OutgoingMessage.FromText("Rappel"), default);

        await messenger.DeleteAsync(sent, default);

        var delete = Assert.Single(_connector.Requests, r => r.Method == "DELETE");
        Assert.Equal("/v3/conversations/a%3A1xPersonalChat/activities/1", delete.RawTarget);
    }

    [Fact]
    public async Task A_message_without_text_or_card_is_refused_before_any_call()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Messenger().SendAsync(Chat(), new OutgoingMessage(" ", null, null), default));

        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task A_post_the_channel_accepted_without_an_id_cannot_be_edited()
    {
        _connector.Then(201);
        var messenger = Messenger();
        var sent = await messenger.SendAsync(Chat(), OutgoingMessage.FromText("Rappel"), default);

        Assert.Null(sent.ActivityId);
        await Assert.ThrowsAsync<ArgumentException>(() => messenger.UpdateAsync(sent, OutgoingMessage.FromText("x"), default));
        Assert.Single(_connector.Requests);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Throttling_and_gateway_failures_are_retried_with_the_connector_rules(int status)
    {
        _connector.Then(status, retryAfter: status == 429 ? "0" : null);

        var sent = await Messenger().StartThreadAsync(Channel(), OutgoingMessage.FromText("Newsletter"), default);

        Assert.Equal([status, 201], _connector.Answered.Select(a => a.Status));
        Assert.Equal("1", sent.ActivityId);
    }

    [Fact]
    public async Task An_attempt_that_times_out_is_retried()
    {
        _connector.ThenHang(TimeSpan.FromSeconds(5));

        var sent = await Messenger().SendAsync(Chat(), OutgoingMessage.FromText("Rappel"), default);

        Assert.Equal(2, _connector.Requests.Count);
        Assert.NotNull(sent.ActivityId);
    }

    [Theory]
    [InlineData(403, "BotNotInConversationRoster")]
    [InlineData(404, "ConversationNotFound")]
    public async Task A_removed_bot_or_a_gone_conversation_fails_at_once_with_its_status(int status, string code)
    {
        _connector.AlwaysFor(PersonalChat, status, $$$"""{"error":{"code":"{{{code}}}","message":"gone"}}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Messenger().SendAsync(Chat(), OutgoingMessage.FromText("Rappel"), default));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(code, error.ErrorCode);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task A_long_retry_after_is_handed_to_the_caller_instead_of_waited()
    {
        _connector.AlwaysFor(CopilChannel, 429, retryAfter: "60");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Messenger().StartThreadAsync(Channel(), OutgoingMessage.FromText("x"), default));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), error.RetryAfter);
    }

    [Fact]
    public async Task Proactive_calls_carry_the_bots_outbound_token()
    {
        await using var tokens = await Connector.LoopbackTokenEndpoint.StartAsync();
        var messenger = Messenger(new()
        {
            ["MicrosoftAppId"] = "app-id",
            ["MicrosoftAppPassword"] = "client-secret",
            ["EntraTokenAuthority"] = tokens.Authority,
        });

        await messenger.SendAsync(Chat(), OutgoingMessage.FromText("a"), default);
        await messenger.StartThreadAsync(Channel(), OutgoingMessage.FromText("b"), default);

        Assert.All(_connector.Requests, r => Assert.Equal("Bearer access-token-1", r.Authorization));
    }

    private ConversationAddress Chat() => new(_connector.ServiceUrl, PersonalChat, BotId, "tenant-1");

    private ChannelAddress Channel() => new(_connector.ServiceUrl, CopilChannel, BotId, "tenant-1");

    private IProactiveMessenger Messenger(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? [])
        {
            ["BotConnector:BaseDelay"] = "00:00:00.010",
            ["BotConnector:MaxDelay"] = "00:00:05",
            ["BotConnector:AttemptTimeout"] = "00:00:00.500",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var provider = new ServiceCollection().AddLogging().AddBotConnector(configuration).BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<IProactiveMessenger>();
    }
}
