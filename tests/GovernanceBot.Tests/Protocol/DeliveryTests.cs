using GovernanceBot.TestSupport.Loopback;
using System.Net;
using System.Text.Json.Nodes;
using GovernanceBot.Tests.Infrastructure;

namespace GovernanceBot.Tests.Protocol;

/// <summary>Replies going out to the connector, and channel retries of the same activity.</summary>
public sealed class DeliveryTests : IClassFixture<BotTestHostFixture>
{
    private readonly BotTestHost _host;

    public DeliveryTests(BotTestHostFixture fixture) => _host = fixture.Host;

    [Fact]
    public async Task A_reply_is_posted_to_the_conversation_on_the_connector_without_auth_when_no_app_id()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var conversation = _host.Conversation();
        var activity = new TestConversation(_host.CreateClient(), TestUser.Alice, "en-US") { ServiceUrl = connector.ServiceUrl, ExpectReplies = false }.NewActivity("message");
        activity["text"] = "help";

        using var response = await conversation.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(connector.Requests);
        Assert.Equal("POST", sent.Method);
        // As it arrived on the wire: the conversation id escaped by the connector client.
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(activity["conversation"]!["id"]!.GetValue<string>())}/activities/{activity["id"]}", sent.RawTarget);
        Assert.True(string.IsNullOrEmpty(sent.Authorization));
        Assert.Equal(activity["id"]!.GetValue<string>(), sent.Json!["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_same_activity_delivered_twice_is_acted_on_once()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var conversation = new TestConversation(_host.CreateClient(), TestUser.Bruno, "fr-FR") { ServiceUrl = connector.ServiceUrl, ExpectReplies = false };
        var activity = conversation.NewActivity("message");
        // A turn that acts (it opens a questionnaire draft): repeatable ones such as help are simply answered again.
        activity["text"] = "maturité";

        var first = conversation.PostAsync(activity);
        var retry = conversation.PostAsync((JsonObject)activity.DeepClone());
        using var firstResponse = await first;
        using var retryResponse = await retry;
        using var lateRetryResponse = await conversation.PostAsync((JsonObject)activity.DeepClone());

        Assert.Equal(HttpStatusCode.OK, firstResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retryResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, lateRetryResponse.StatusCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task An_action_submit_replaces_the_card_it_came_from()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var conversation = new TestConversation(_host.CreateClient(), TestUser.Chloe, "fr-FR") { ServiceUrl = connector.ServiceUrl, ExpectReplies = false };
        var activity = conversation.NewActivity("message");
        activity["value"] = new JsonObject { ["verb"] = "help.more" };
        activity["replyToId"] = "card-42";

        using var response = await conversation.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(connector.Requests);
        Assert.Equal("PUT", sent.Method);
        Assert.EndsWith("/activities/card-42", sent.RawTarget);
        Assert.Contains("Commandes", sent.Json.AllText());
    }
}
