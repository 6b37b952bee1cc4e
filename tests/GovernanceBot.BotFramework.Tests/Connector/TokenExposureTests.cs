using System.Net;
using GovernanceBot.BotFramework.Connector;
using GovernanceBot.BotFramework.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GovernanceBot.BotFramework.Tests.Connector;

/// <summary>
/// The bot's bearer token never travels in clear text. A plain-http service URL off this machine cannot be
/// reached from a test, so the request is captured by the HTTP handler instead of the network.
/// </summary>
public sealed class TokenExposureTests
{
    [Theory]
    [InlineData("http://connector.example.net/", false)]
    [InlineData("https://smba.trafficmanager.net/emea/", true)]
    [InlineData("http://127.0.0.1:56150/_connector", true)]
    [InlineData("http://localhost:3979/", true)]
    public async Task The_bearer_token_is_sent_only_over_https_or_to_this_machine(string serviceUrl, bool expectToken)
    {
        var handler = new CapturingHandler();
        var client = new ConnectorClient(new HttpClient(handler), serviceUrl, new FixedToken("secret-token"),
            new ConnectorRetryPolicy(Options.Create(new ConnectorRetryOptions()), TimeProvider.System, NullLogger<ConnectorRetryPolicy>.Instance));

        await client.SendToConversationAsync(new Activity { Type = ActivityTypes.Message, Text = "hi", Conversation = new ConversationAccount { Id = "c1" } }, default);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(expectToken, request.Headers.Authorization is not null);
    }

    private sealed class FixedToken(string token) : IConnectorTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(token);
    }

    private sealed class CapturingHandler : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.Created) { Content = new StringContent("""{"id":"1"}""") });
        }
    }
}
