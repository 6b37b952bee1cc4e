using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GovernanceBot.Tests.Infrastructure;

namespace GovernanceBot.Tests.Protocol;

/// <summary>The /api/messages contract, through the real HTTP pipeline.</summary>
public sealed class MessagesEndpointTests : IClassFixture<BotTestHostFixture>
{
    private readonly BotTestHost _host;

    public MessagesEndpointTests(BotTestHostFixture fixture) => _host = fixture.Host;

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Methods_other_than_POST_get_405(string method)
    {
        using var response = await _host.CreateClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/messages"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    [InlineData("")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"not a url\"}")]
    [InlineData("{\"type\":42}")]
    public async Task A_body_that_is_not_an_activity_gets_400_with_a_problem_document(string body)
    {
        using var response = await _host.CreateClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(400, problem!["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]?.GetValue<string>()));
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413_whether_declared_or_streamed()
    {
        var conversation = _host.Conversation();
        var activity = conversation.NewActivity("message");
        activity["text"] = new string('x', 300 * 1024);
        using var declared = await conversation.PostAsync(activity);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);

        var streamed = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(activity.ToJsonString())));
        streamed.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = streamed };
        request.Headers.TransferEncodingChunked = true;
        using var chunked = await _host.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
    }

    [Fact]
    public async Task ExpectReplies_returns_every_reply_of_the_turn_in_the_body()
    {
        var replies = await _host.Conversation().SendAsync("aide");
        var card = Assert.Single(replies).Card();
        Assert.NotNull(card);
        Assert.Contains("GovernanceBot", card.AllText());
    }

    [Fact]
    public async Task A_non_invoke_activity_without_expectReplies_gets_200_and_no_body()
    {
        var conversation = _host.Conversation();
        var activity = conversation.NewActivity("typing");
        activity.Remove("deliveryMode");
        using var response = await conversation.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task An_invoke_returns_the_handlers_invoke_response()
    {
        var result = await _host.Conversation().ExecuteAsync("help.more");
        Assert.Equal(HttpStatusCode.OK, result.HttpStatus);
        Assert.Equal(200, result.StatusCode);
        Assert.Contains("Commandes", result.Card.AllText());
    }

    [Fact]
    public async Task An_invoke_nobody_handles_gets_501()
    {
        var conversation = _host.Conversation();
        var activity = conversation.NewActivity("invoke");
        activity["name"] = "task/fetch";
        using var response = await conversation.PostAsync(activity);
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task An_unknown_card_verb_gets_a_400_error_body()
    {
        var result = await _host.Conversation().ExecuteAsync("no.such.verb");
        Assert.Equal(400, result.StatusCode);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public async Task Unauthenticated_traffic_from_a_non_loopback_address_is_refused_without_an_app_id()
    {
        var conversation = _host.Conversation();
        var activity = conversation.NewActivity("message");
        activity["text"] = "aide";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        request.Headers.Add("X-Test-Remote-Ip", "10.1.2.3");
        using var response = await _host.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task With_an_app_id_a_request_without_a_token_gets_401_even_from_loopback()
    {
        using var secured = new BotTestHost(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "11111111-2222-3333-4444-555555555555",
            ["MicrosoftAppPassword"] = "not-used-in-this-test",
            ["MicrosoftAppType"] = "MultiTenant",
        });
        var conversation = secured.Conversation();
        var activity = conversation.NewActivity("message");
        activity["text"] = "aide";
        using var response = await conversation.PostAsync(activity);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        using var forged = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(activity) };
        forged.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJhdWQiOiIxMTExIn0.");
        using var forgedResponse = await secured.CreateClient().SendAsync(forged);
        Assert.Equal(HttpStatusCode.Unauthorized, forgedResponse.StatusCode);
    }

    [Fact]
    public async Task A_bot_mention_is_stripped_before_commands_are_matched()
    {
        var conversation = _host.Conversation();
        var activity = conversation.NewActivity("message");
        activity["text"] = "<at>GovernanceBot</at> help";
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>GovernanceBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = "28:governancebot", ["name"] = "GovernanceBot" },
        });
        activity["conversation"]!["conversationType"] = "channel";
        var replies = await conversation.PostForRepliesAsync(activity);
        var text = Assert.Single(replies).Card().AllText();
        Assert.DoesNotContain("understand", text);
        Assert.DoesNotContain("compris", text);
    }

    [Fact]
    public async Task Oddly_shaped_entities_are_ignored_rather_than_failing_the_turn()
    {
        var conversation = _host.Conversation();
        var activity = conversation.NewActivity("message");
        activity["text"] = "aide";
        activity["entities"] = new JsonArray(
            new JsonObject { ["type"] = 5 },
            new JsonObject { ["type"] = "mention", ["mentioned"] = "x", ["text"] = new JsonArray() },
            new JsonObject { ["type"] = "clientInfo", ["locale"] = "fr-FR" });
        activity["channelData"] = new JsonArray(1, 2);

        var reply = Assert.Single(await conversation.PostForRepliesAsync(activity));
        Assert.Contains("Voici ce que je sais faire", reply.Card().AllText());
    }

    [Fact]
    public async Task A_card_action_with_a_repeated_key_is_refused_as_ambiguous()
    {
        const string body = """
            {"type":"invoke","name":"adaptiveCard/action","id":"dup-1","channelId":"msteams","serviceUrl":"http://127.0.0.1:9/",
             "from":{"id":"29:x"},"conversation":{"id":"c"},"value":{"action":{"verb":"help.more","verb":"help.show"}}}
            """;
        using var response = await _host.CreateClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("message")]
    [InlineData("invoke")]
    public async Task A_message_or_click_without_a_sender_gets_400(string type)
    {
        var conversation = _host.Conversation();
        var activity = conversation.NewActivity(type);
        activity.Remove("from");
        using var response = await conversation.PostAsync(activity);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("from.id", (await response.Content.ReadFromJsonAsync<JsonObject>())!["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_absurdly_long_id_gets_400()
    {
        var conversation = _host.Conversation();
        var activity = conversation.NewActivity("message");
        activity["from"]!["id"] = new string('u', 2000);
        using var response = await conversation.PostAsync(activity);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_card_action_nobody_routes_is_refused_in_the_users_language()
    {
        var french = await _host.Conversation().ExecuteAsync("no.such.verb");
        var english = await _host.Conversation(locale: "en-US").ExecuteAsync("no.such.verb");
        Assert.Contains("Ce bouton ne fait plus rien", french.Error!["message"]!.GetValue<string>());
        Assert.Contains("This button no longer does anything", english.Error!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Health_and_readiness_answer()
    {
        var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }
}
