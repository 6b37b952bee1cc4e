using GovernanceBot.TestSupport.Loopback;
using System.Net;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Connector;
using GovernanceBot.BotFramework.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.BotFramework.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string TeamsConversationId = "19:d1f3a9c0e2@thread.tacv2;messageid=1700000000001";
    private const string EscapedConversationId = "19%3Ad1f3a9c0e2%40thread.tacv2%3Bmessageid%3D1700000000001";

    private readonly List<ServiceProvider> _providers = [];
    private LoopbackConnector _connector = null!;
    private LoopbackTokenEndpoint _tokens = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _tokens = await LoopbackTokenEndpoint.StartAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var provider in _providers) await provider.DisposeAsync();
        await _connector.DisposeAsync();
        await _tokens.DisposeAsync();
    }

    [Fact]
    public async Task Reply_posts_under_the_activity_it_answers_with_escaped_ids()
    {
        var reply = Reply("Bonjour");

        var id = await Client().ReplyToActivityAsync(reply, default);

        Assert.Equal("new-activity-id", id);
        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedConversationId}/activities/1700000000001%3A42", request.RawTarget);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("message", body["type"]!.GetValue<string>());
        Assert.Equal("Bonjour", body["text"]!.GetValue<string>());
        Assert.Null(body["summary"]);
    }

    [Fact]
    public async Task Send_posts_to_the_conversation()
    {
        await Client().SendToConversationAsync(Reply("Ordre du jour"), default);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedConversationId}/activities", request.RawTarget);
    }

    [Fact]
    public async Task Update_puts_the_activity_at_its_own_id()
    {
        _connector.Then(200, """{"id":"card-7"}""");
        var update = Reply("updated");
        update.Id = "card-7";

        await Client().UpdateActivityAsync(update, default);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("PUT", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedConversationId}/activities/card-7", request.RawTarget);
        Assert.Equal("updated", JsonNode.Parse(request.Body)!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Delete_removes_the_activity()
    {
        _connector.Then(200);

        await Client().DeleteActivityAsync(TeamsConversationId, "card-7", default);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("DELETE", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedConversationId}/activities/card-7", request.RawTarget);
    }

    [Fact]
    public async Task Create_conversation_posts_the_parameters_and_returns_the_new_ids()
    {
        _connector.Then(201, """{"id":"19:channel@thread.tacv2;messageid=99","activityId":"99"}""");
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            Bot = new ChannelAccount { Id = "28:bot" },
            TenantId = "tenant-1",
            ChannelData = new JsonObject { ["channel"] = new JsonObject { ["id"] = "19:copil@thread.tacv2" } },
            Activity = new Activity { Type = ActivityTypes.Message, Text = "Copil agenda" },
        };

        var created = await Client().CreateConversationAsync(parameters, default);

        Assert.Equal("19:channel@thread.tacv2;messageid=99", created.Id);
        Assert.Equal("99", created.ActivityId);
        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations", request.RawTarget);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("19:copil@thread.tacv2", body["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Equal("Copil agenda", body["activity"]!["text"]!.GetValue<string>());
        Assert.True(body["isGroup"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Get_member_reads_the_member_of_the_conversation()
    {
        _connector.Then(200, """{"id":"29:user","name":"Camille Martin","aadObjectId":"aad-1","email":"camille@example.org"}""");

        var member = await Client().GetMemberAsync(TeamsConversationId, "29:user", default);

        Assert.NotNull(member);
        Assert.Equal("Camille Martin", member.Name);
        Assert.Equal("aad-1", member.AadObjectId);
        var request = Assert.Single(_connector.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal($"/v3/conversations/{EscapedConversationId}/members/29%3Auser", request.RawTarget);
    }

    [Fact]
    public async Task Get_member_returns_null_for_someone_not_in_the_conversation()
    {
        _connector.Then(404, """{"error":{"code":"MemberNotFoundInConversation","message":"The member was not found"}}""");

        Assert.Null(await Client().GetMemberAsync(TeamsConversationId, "29:stranger", default));
    }

    [Fact]
    public async Task Service_url_path_is_kept_before_the_api_path()
    {
        var client = Factory().Create(_connector.ServiceUrl + "_connector");

        await client.SendToConversationAsync(Reply("hi"), default);

        Assert.Equal($"/_connector/v3/conversations/{EscapedConversationId}/activities", Assert.Single(_connector.Requests).RawTarget);
    }

    [Fact]
    public async Task Without_app_id_requests_carry_no_authorization_header()
    {
        await Client().ReplyToActivityAsync(Reply("hi"), default);

        Assert.Null(Assert.Single(_connector.Requests).Authorization);
        Assert.Empty(_tokens.Requests);
    }

    [Fact]
    public async Task With_app_id_requests_carry_the_bot_bearer_token()
    {
        var client = Factory(new()
        {
            ["MicrosoftAppId"] = "app-id",
            ["MicrosoftAppPassword"] = "client-secret",
            ["EntraTokenAuthority"] = _tokens.Authority,
        }).Create(_connector.ServiceUrl);

        await client.ReplyToActivityAsync(Reply("hi"), default);
        await client.SendToConversationAsync(Reply("again"), default);

        Assert.All(_connector.Requests, r => Assert.Equal("Bearer access-token-1", r.Authorization));
        Assert.Single(_tokens.Requests);
    }

    [Fact]
    public async Task Throttled_call_waits_for_retry_after_seconds_then_succeeds()
    {
        _connector.Then(429, """{"error":{"code":"Throttled"}}""", retryAfter: "1");

        var id = await Client().ReplyToActivityAsync(Reply("hi"), default);

        Assert.Equal("new-activity-id", id);
        var requests = _connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt - requests[0].ReceivedAt >= TimeSpan.FromMilliseconds(950),
            $"waited only {(requests[1].ReceivedAt - requests[0].ReceivedAt).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Throttled_call_waits_until_a_retry_after_date()
    {
        // An HTTP date has whole seconds: the retry is due at that second, however late the first call arrived.
        var retryAt = DateTimeOffset.UtcNow.AddSeconds(3);
        retryAt = new DateTimeOffset(retryAt.Ticks - retryAt.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        _connector.Then(429, retryAfter: retryAt.ToString("R"));

        await Client().SendToConversationAsync(Reply("hi"), default);

        var requests = _connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(requests[1].ReceivedAt >= retryAt - TimeSpan.FromMilliseconds(50),
            $"retried at {requests[1].ReceivedAt:HH:mm:ss.fff}, before the date asked for, {retryAt:HH:mm:ss}");
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task Transient_failures_are_retried(int status)
    {
        _connector.Then(status);
        _connector.Then(status);

        var id = await Client().SendToConversationAsync(Reply("hi"), default);

        Assert.Equal("new-activity-id", id);
        Assert.Equal(3, _connector.Requests.Count);
    }

    [Fact]
    public async Task Retries_stop_after_five_attempts()
    {
        for (var i = 0; i < 10; i++) _connector.Then(429, """{"error":{"code":"Throttled","message":"slow down"}}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(Reply("hi"), default));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal("Throttled", error.ErrorCode);
        Assert.Equal(5, _connector.Requests.Count);
    }

    [Fact]
    public async Task Retry_after_beyond_the_longest_allowed_wait_is_reported_instead_of_waited()
    {
        _connector.Then(429, retryAfter: "120");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(Reply("hi"), default));

        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Single(_connector.Requests);
    }

    [Theory]
    [InlineData(400, "BadArgument")]
    [InlineData(401, "Unauthorized")]
    [InlineData(403, "BotNotInConversationRoster")]
    [InlineData(500, "ServiceError")]
    public async Task Other_failures_are_not_retried_and_carry_the_error_code(int status, string code)
    {
        _connector.Then(status, $$$"""{"error":{"code":"{{{code}}}","message":"details"}}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().ReplyToActivityAsync(Reply("hi"), default));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(code, error.ErrorCode);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task Unreachable_connector_is_retried_then_reported_without_status()
    {
        var gone = await LoopbackConnector.StartAsync();
        var serviceUrl = gone.ServiceUrl;
        await gone.DisposeAsync();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Factory().Create(serviceUrl).SendToConversationAsync(Reply("hi"), default));

        Assert.Null(error.StatusCode);
        Assert.Contains("after 5 attempts", error.Message);
    }

    private IConnectorClient Client() => Factory().Create(_connector.ServiceUrl);

    private IConnectorClientFactory Factory(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>(settings ?? [])
        {
            ["BotConnector:BaseDelay"] = "00:00:00.010",
            ["BotConnector:MaxDelay"] = "00:00:05",
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var provider = new ServiceCollection().AddLogging().AddBotConnector(configuration).BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<IConnectorClientFactory>();
    }

    private static Activity Reply(string text) => new()
    {
        Type = ActivityTypes.Message,
        Conversation = new ConversationAccount { Id = TeamsConversationId },
        ReplyToId = "1700000000001:42",
        Text = text,
    };
}
