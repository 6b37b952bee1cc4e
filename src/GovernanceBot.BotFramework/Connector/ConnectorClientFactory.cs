using Microsoft.Extensions.Logging;

namespace GovernanceBot.BotFramework.Connector;

/// <summary>Connector clients for any service URL, sharing the token cache, the retry policy and pooled HTTP handlers.</summary>
public sealed class ConnectorClientFactory : IConnectorClientFactory
{
    internal const string HttpClientName = "GovernanceBot.BotFramework.Connector";

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IConnectorTokenProvider _tokens;
    private readonly ConnectorRetryPolicy _retryPolicy;

    internal ConnectorClientFactory(IHttpClientFactory httpClientFactory, IConnectorTokenProvider tokens, ConnectorRetryPolicy retryPolicy)
    {
        _httpClientFactory = httpClientFactory;
        _tokens = tokens;
        _retryPolicy = retryPolicy;
    }

    public IConnectorClient Create(string serviceUrl) =>
        new ConnectorClient(_httpClientFactory.CreateClient(HttpClientName), serviceUrl, _tokens, _retryPolicy);
}
