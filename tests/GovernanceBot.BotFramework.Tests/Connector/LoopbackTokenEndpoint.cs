using System.Text.Json.Nodes;
using GovernanceBot.TestSupport.Loopback;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace GovernanceBot.BotFramework.Tests.Connector;

/// <summary>
/// Answers the client-credentials grant like Entra ID's v2 token endpoint, numbering the tokens it issues
/// so tests can tell a cached token from a fresh one.
/// </summary>
public sealed class LoopbackTokenEndpoint : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private int _issued;

    private LoopbackTokenEndpoint(LoopbackServer server) => _server = server;

    public int ExpiresInSeconds { get; set; } = 3599;
    public TimeSpan ResponseDelay { get; set; } = TimeSpan.Zero;
    public (int Status, string Body)? Failure { get; set; }

    public string Authority => _server.BaseUrl;
    public IReadOnlyList<RecordedRequest> Requests => _server.Requests;

    public static async Task<LoopbackTokenEndpoint> StartAsync()
    {
        LoopbackTokenEndpoint? endpoint = null;
        var server = await LoopbackServer.StartAsync((context, _) => endpoint!.RespondAsync(context));
        endpoint = new LoopbackTokenEndpoint(server);
        return endpoint;
    }

    public static Dictionary<string, string> FormOf(RecordedRequest request) =>
        QueryHelpers.ParseQuery(request.Body).ToDictionary(p => p.Key, p => p.Value.ToString());

    private async Task RespondAsync(HttpContext context)
    {
        await Task.Delay(ResponseDelay);
        context.Response.ContentType = "application/json";
        if (Failure is { } failure)
        {
            context.Response.StatusCode = failure.Status;
            await context.Response.WriteAsync(failure.Body);
            return;
        }
        var body = new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = ExpiresInSeconds,
            ["ext_expires_in"] = ExpiresInSeconds,
            ["access_token"] = $"access-token-{Interlocked.Increment(ref _issued)}",
        };
        await context.Response.WriteAsync(body.ToJsonString());
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
