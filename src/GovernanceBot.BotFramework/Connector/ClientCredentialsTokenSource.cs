using System.Text.Json;
using Azure.Core;
using GovernanceBot.BotFramework.Authentication;

namespace GovernanceBot.BotFramework.Connector;

/// <summary>
/// The OAuth 2.0 client-credentials grant with the bot's secret, against the botframework.com tenant for
/// multi-tenant bots and against the bot's own tenant for single-tenant ones.
/// </summary>
internal sealed class ClientCredentialsTokenSource(
    BotIdentityOptions identity,
    IHttpClientFactory httpClientFactory,
    ConnectorRetryPolicy retryPolicy,
    TimeProvider clock) : IAccessTokenSource
{
    internal const string HttpClientName = "GovernanceBot.BotFramework.TokenEndpoint";

    private readonly Uri _tokenEndpoint = TokenEndpointOf(identity);

    public async Task<AccessToken> AcquireAsync(CancellationToken cancellationToken)
    {
        using var http = httpClientFactory.CreateClient(HttpClientName);
        using var response = await retryPolicy.SendAsync(http, _ => Task.FromResult(CreateRequest()), "token request", cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw await ConnectorException.FromResponseAsync(response, $"token request to {_tokenEndpoint}", retryPolicy.RetryAfterOf(response), cancellationToken);

        var requestedAt = clock.GetUtcNow();
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        var root = document.RootElement;
        var token = root.TryGetProperty("access_token", out var value) ? value.GetString() : null;
        if (string.IsNullOrEmpty(token) || !root.TryGetProperty("expires_in", out var expiresIn))
            throw new ConnectorException(response.StatusCode, null, $"the token endpoint {_tokenEndpoint} answered without access_token or expires_in");
        return new AccessToken(token, requestedAt.AddSeconds(ReadSeconds(expiresIn)));
    }

    private HttpRequestMessage CreateRequest() => new(HttpMethod.Post, _tokenEndpoint)
    {
        Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = identity.MicrosoftAppId!,
            ["client_secret"] = identity.MicrosoftAppPassword!,
            ["scope"] = identity.BotFrameworkOAuthScope,
        }),
    };

    // Entra sends expires_in as a number; some endpoints send it as a string.
    private static double ReadSeconds(JsonElement expiresIn) =>
        expiresIn.ValueKind == JsonValueKind.String && double.TryParse(expiresIn.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? seconds
            : expiresIn.GetDouble();

    private static Uri TokenEndpointOf(BotIdentityOptions identity)
    {
        var tenant = identity.AppType == BotAppType.SingleTenant ? identity.MicrosoftAppTenantId! : BotIdentityOptions.MultiTenantTokenTenant;
        return new Uri($"{identity.EntraTokenAuthority.TrimEnd('/')}/{Uri.EscapeDataString(tenant)}/oauth2/v2.0/token");
    }
}
