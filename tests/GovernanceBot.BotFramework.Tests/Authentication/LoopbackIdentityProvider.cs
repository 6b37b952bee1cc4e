using System.Text.Json.Nodes;
using GovernanceBot.TestSupport.Loopback;
using Microsoft.AspNetCore.Http;

namespace GovernanceBot.BotFramework.Tests.Authentication;

/// <summary>
/// Serves OpenID metadata and key sets the way login.botframework.com and login.microsoftonline.com do:
/// the Bot Framework metadata under /botframework, and Entra v1/v2 metadata per tenant. Tests change the
/// published keys to simulate rotation.
/// </summary>
public sealed class LoopbackIdentityProvider : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private volatile JsonObject[] _botFrameworkKeys = [];
    private volatile JsonObject[] _entraKeys = [];

    private LoopbackIdentityProvider(LoopbackServer server) => _server = server;

    public static async Task<LoopbackIdentityProvider> StartAsync()
    {
        LoopbackIdentityProvider? provider = null;
        var server = await LoopbackServer.StartAsync((context, request) => provider!.RespondAsync(context));
        provider = new LoopbackIdentityProvider(server);
        return provider;
    }

    public string BotFrameworkMetadataUrl => $"{_server.BaseUrl}/botframework/.well-known/openidconfiguration";
    public string EntraV1MetadataUrlTemplate => $"{_server.BaseUrl}/{{tenant}}/.well-known/openid-configuration";
    public string EntraV2MetadataUrlTemplate => $"{_server.BaseUrl}/{{tenant}}/v2.0/.well-known/openid-configuration";

    public int BotFrameworkKeySetFetches => _server.Requests.Count(r => r.RawTarget == "/botframework/keys");

    public void PublishBotFrameworkKeys(params JsonObject[] keys) => _botFrameworkKeys = keys;

    public void PublishEntraKeys(params JsonObject[] keys) => _entraKeys = keys;

    /// <summary>When set, every metadata request answers 503 (an outage of the publisher).</summary>
    public bool FailMetadata { get; set; }

    public int FailedMetadataRequests { get; private set; }

    private Task RespondAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (FailMetadata)
        {
            FailedMetadataRequests++;
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        }
        var baseUrl = _server.BaseUrl;
        JsonNode? body = path switch
        {
            "/botframework/.well-known/openidconfiguration" => Metadata("https://api.botframework.com", $"{baseUrl}/botframework/keys"),
            "/botframework/keys" => KeySet(_botFrameworkKeys),
            _ when path.EndsWith("/v2.0/.well-known/openid-configuration", StringComparison.Ordinal) =>
                Metadata($"https://login.microsoftonline.com/{Tenant(path)}/v2.0", $"{baseUrl}/{Tenant(path)}/discovery/v2.0/keys"),
            _ when path.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal) =>
                Metadata($"https://sts.windows.net/{Tenant(path)}/", $"{baseUrl}/{Tenant(path)}/discovery/keys"),
            _ when path.Contains("/discovery/", StringComparison.Ordinal) => KeySet(_entraKeys),
            _ => null,
        };
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString());
    }

    private static string Tenant(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];

    private static JsonObject Metadata(string issuer, string jwksUri) => new()
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = jwksUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
    };

    private static JsonObject KeySet(JsonObject[] keys) => new()
    {
        ["keys"] = new JsonArray(keys.Select(k => (JsonNode)k.DeepClone()).ToArray()),
    };

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
