using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.TestSupport.Loopback;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.Tests.Protocol;

/// <summary>
/// Requests built to break the bot or its log: nulls inside lists, bodies that are not JSON, forged
/// line breaks in ids, callers relayed through a tunnel in local mode, failures in Development.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly BotTestHost _host = new(new Dictionary<string, string?>
    {
        ["Logging:LogLevel:" + BotTestHost.EndpointCategory] = "Debug",
    });

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("message", "entities")]
    [InlineData("message", "attachments")]
    [InlineData("conversationUpdate", "entities")]
    [InlineData("conversationUpdate", "membersAdded")]
    [InlineData("conversationUpdate", "membersRemoved")]
    public async Task A_null_or_a_non_object_inside_a_list_is_ignored(string type, string list)
    {
        var conversation = _host.Conversation();
        var activity = conversation.NewActivity(type);
        activity["text"] = "aide";
        activity[list] = new JsonArray(null, 42, "x", new JsonArray(), new JsonObject { ["type"] = "clientInfo" });

        using var response = await conversation.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        if (type == "message") Assert.Contains("Voici ce que je sais faire", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task A_body_that_is_not_declared_as_json_gets_415(string? contentType)
    {
        var conversation = _host.Conversation();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(conversation.NewActivity("message").ToJsonString()));
        if (contentType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await _host.CreateClient().PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("X-Forwarded-Host", "mybot.example.net")]
    [InlineData("X-Forwarded-Proto", "https")]
    [InlineData("Forwarded", "for=203.0.113.7;proto=https")]
    [InlineData("X-Original-Host", "mybot.example.net")]
    [InlineData("X-Original-URL", "/api/messages")]
    public async Task In_local_mode_a_request_relayed_by_a_proxy_or_tunnel_is_refused_with_advice_to_set_an_app_id(string header, string value)
    {
        var conversation = _host.Conversation();
        var activity = conversation.NewActivity("message");
        activity["text"] = "aide";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = System.Net.Http.Json.JsonContent.Create(activity) };
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await _host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var line = Assert.Single(_host.Log.From(BotTestHost.EndpointCategory));
        Assert.Equal(LogLevel.Warning, line.Level);
        Assert.Contains(header, line.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("set MicrosoftAppId", line.Message);
    }

    [Fact]
    public async Task In_local_mode_a_request_addressed_to_a_public_host_name_is_refused()
    {
        var conversation = _host.Conversation();
        var activity = conversation.NewActivity("message");
        activity["text"] = "aide";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = System.Net.Http.Json.JsonContent.Create(activity) };
        request.Headers.Host = "governancebot.devtunnels.ms";

        using var response = await _host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("governancebot.devtunnels.ms", Assert.Single(_host.Log.From(BotTestHost.EndpointCategory)).Message);
    }

    [Theory]
    [InlineData("127.0.0.1:3978")]
    [InlineData("localhost")]
    [InlineData("[::1]:3978")]
    public async Task In_local_mode_a_direct_local_caller_is_served(string host)
    {
        var conversation = _host.Conversation();
        var activity = conversation.NewActivity("message");
        activity["text"] = "aide";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = System.Net.Http.Json.JsonContent.Create(activity) };
        request.Headers.Host = host;

        using var response = await _host.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("id", "1\n2026-12-02T00:00:00.000Z info: GovernanceBot.Security[0] Accepted admin")]
    [InlineData("id", "1\r\u001b[2Kforged")]
    [InlineData("id", "id with spaces")]
    [InlineData("conversation.id", "a:1\nforged")]
    [InlineData("replyToId", "card\u0000\u0001")]
    [InlineData("from.id", "29:x\u2028forged")]
    [InlineData("name", "adaptiveCard/action\u202e")]
    public async Task Ids_holding_line_breaks_or_control_characters_are_refused_and_never_logged_raw(string field, string value)
    {
        var conversation = _host.Conversation();
        var activity = conversation.NewActivity("message");
        activity["text"] = "aide";
        if (field.Split('.') is [var parent, var child]) activity[parent]![child] = value;
        else activity[field] = value;

        using var response = await conversation.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Single(_host.Log.From(BotTestHost.EndpointCategory));
        AssertNoForgedLines();
    }

    [Fact]
    public async Task With_an_app_id_an_unauthenticated_body_is_neither_parsed_nor_described_and_its_ids_never_reach_the_log()
    {
        using var secured = SecuredHost();
        var conversation = secured.Conversation();
        foreach (var body in new[]
        {
            "{not json",
            """{"type":"message","id":"1\n2026-12-02 info: forged","conversation":{"id":"c\r\nforged"},"channelId":"msteams\nx","serviceUrl":"https://x/\n"}""",
            """{"type":42,"entities":[null]}""",
        })
        {
            using var response = await secured.CreateClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }

        var lines = secured.Log.From(BotTestHost.EndpointCategory);
        Assert.Equal(3, lines.Count);
        Assert.All(secured.Log.Entries, entry => Assert.DoesNotMatch("[\\r\\n\\u001b]", entry.Line));
        Assert.All(secured.Log.Entries, entry => Assert.DoesNotContain("forged", entry.Line));
    }

    [Fact]
    public async Task A_turn_that_fails_answers_a_bare_500_even_in_Development()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        using var development = new BotTestHost(new Dictionary<string, string?>
        {
            ["Environment"] = "Development",
            ["BotConnector:MaxAttempts"] = "1",
        });
        // The help card cannot be posted, nor can the apology that follows: the turn fails as a whole.
        connector.Then(500, """{"error":{"code":"ServiceError"}}""");
        connector.Then(500, """{"error":{"code":"ServiceError"}}""");
        var conversation = new TestConversation(development.CreateClient(), TestUser.Alice, "fr-FR") { ServiceUrl = connector.ServiceUrl, ExpectReplies = false };
        var activity = conversation.NewActivity("message");
        activity["text"] = "aide";

        using var response = await conversation.PostAsync(activity);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Every_request_writes_exactly_one_endpoint_log_line()
    {
        var conversation = _host.Conversation();
        var help = conversation.NewActivity("message");
        help["text"] = "aide";
        var client = _host.CreateClient();
        var requests = new Func<Task<HttpResponseMessage>>[]
        {
            () => conversation.PostAsync(help),
            () => conversation.PostAsync((JsonObject)help.DeepClone()), // a retry
            () => client.GetAsync("/api/messages"),
            () => client.PostAsync("/api/messages", new StringContent("{", Encoding.UTF8, "application/json")),
            () => client.PostAsync("/api/messages", new StringContent("hello", Encoding.UTF8, "text/plain")),
            () => conversation.ExecuteAsync("help.more").ContinueWith(_ => new HttpResponseMessage()),
        };

        for (var i = 0; i < requests.Length; i++)
        {
            using var _ = await requests[i]();
            Assert.Equal(i + 1, _host.Log.From(BotTestHost.EndpointCategory).Count);
        }
        AssertNoForgedLines();
    }

    private void AssertNoForgedLines() =>
        Assert.All(_host.Log.Entries, entry => Assert.DoesNotMatch("[\\r\\n\\u001b\\u2028\\u2029\\u202a-\\u202e]", entry.Line));

    private static BotTestHost SecuredHost() => new(new Dictionary<string, string?>
    {
        ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
        ["MicrosoftAppPassword"] = "not-used-in-this-test",
        ["MicrosoftAppType"] = "MultiTenant",
        ["Logging:LogLevel:" + BotTestHost.EndpointCategory] = "Debug",
    });
}
