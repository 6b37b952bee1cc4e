using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace GovernanceBot.TestSupport.Loopback;

/// <summary>
/// A stand-in for a channel's Bot Connector service: records each call and answers from a script the
/// test queues (status, headers, body), falling back to 201 with a resource id.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly LoopbackServer _server;
    private readonly ConcurrentQueue<ScriptedAnswer> _script = new();

    private LoopbackConnector(LoopbackServer server) => _server = server;

    public string ServiceUrl => _server.BaseUrl + "/";
    public IReadOnlyList<RecordedRequest> Requests => _server.Requests;

    public static async Task<LoopbackConnector> StartAsync()
    {
        LoopbackConnector? connector = null;
        var server = await LoopbackServer.StartAsync((context, _) => connector!.RespondAsync(context));
        connector = new LoopbackConnector(server);
        return connector;
    }

    public void Then(int status, string? body = null, string? retryAfter = null) => _script.Enqueue(new ScriptedAnswer(status, body, retryAfter));

    private async Task RespondAsync(HttpContext context)
    {
        var answer = _script.TryDequeue(out var next) ? next : new ScriptedAnswer(201, """{"id":"new-activity-id"}""", null);
        context.Response.StatusCode = answer.Status;
        if (answer.RetryAfter is not null) context.Response.Headers.RetryAfter = answer.RetryAfter;
        if (answer.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Body);
        }
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private sealed record ScriptedAnswer(int Status, string? Body, string? RetryAfter);
}
