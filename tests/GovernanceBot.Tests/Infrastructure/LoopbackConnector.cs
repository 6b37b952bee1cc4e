using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.Tests.Infrastructure;

/// <summary>
/// A fake Bot Connector on 127.0.0.1 speaking the v3 REST contract: it records what the bot sends and
/// answers like the real service (201 with an id for posts, 200 for updates).
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;

    public sealed record Request(string Method, string Path, string? Authorization, JsonObject? Body);

    public ConcurrentQueue<Request> Requests { get; } = new();

    private LoopbackConnector(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new LoopbackConnector(app);
        app.Run(async context =>
        {
            JsonObject? body = null;
            if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
                body = JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync()) as JsonObject;
            connector.Requests.Enqueue(new Request(context.Request.Method, context.Request.Path.Value ?? "", context.Request.Headers.Authorization.ToString(), body));
            context.Response.StatusCode = HttpMethods.IsPost(context.Request.Method) ? StatusCodes.Status201Created : StatusCodes.Status200OK;
            await context.Response.WriteAsJsonAsync(new { id = "activity-" + connector.Requests.Count });
        });
        await app.StartAsync();
        connector.ServiceUrl = app.Urls.First().TrimEnd('/') + "/_connector";
        return connector;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
