using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Authentication;
using GovernanceBot.BotFramework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovernanceBot.BotFramework.Hosting;

/// <summary>
/// The Bot Framework messaging endpoint: POST only, bounded body, JSON activity, authenticated, then
/// handed to the adapter. Status codes follow the channel contract: 200 (empty, or the invoke response,
/// or the expected replies), 400 bad activity, 401 failed auth, 405 other methods, 413 too large.
/// </summary>
public static class BotMessageEndpoint
{
    public static IEndpointConventionBuilder MapBotMessages(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.Map(pattern, HandleAsync).WithDisplayName("Bot Framework messages");

    private static async Task HandleAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotMessageEndpoint).FullName!);

        if (!HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "POST";
            return;
        }

        var limit = services.GetRequiredService<IOptions<BotHostingOptions>>().Value.MaxRequestBytes;
        var body = await ReadBodyAsync(http.Request, limit, http.RequestAborted);
        if (body is null)
        {
            await Problem(http, StatusCodes.Status413PayloadTooLarge, "Request body too large", $"The body exceeds {limit} bytes.");
            return;
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException exception)
        {
            await Problem(http, StatusCodes.Status400BadRequest, "Malformed activity", $"The body is not a valid activity JSON document ({exception.Path ?? "root"}).");
            return;
        }
        catch (ArgumentException)
        {
            // Raised while building JSON objects that repeat a key (e.g. two "verb"s): ambiguous, so refused.
            await Problem(http, StatusCodes.Status400BadRequest, "Malformed activity", "The body repeats a property name.");
            return;
        }

        var problem = activity is null ? "The body is empty or null." : ActivityValidator.Problem(activity);
        if (problem is not null || activity is null)
        {
            await Problem(http, StatusCodes.Status400BadRequest, "Invalid activity", problem!);
            return;
        }

        // Every log line of the turn, including the handlers', carries these two ids.
        using var scope = logger.BeginScope("ActivityId:{ActivityId} ConversationId:{ConversationId}", activity.Id, activity.Conversation?.Id);

        try
        {
            var remote = http.Connection.RemoteIpAddress;
            var isLoopback = remote is not null && IPAddress.IsLoopback(remote);
            http.User = new(await services.GetRequiredService<IInboundAuthenticator>()
                .AuthenticateAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, activity, isLoopback, http.RequestAborted));
        }
        catch (AuthenticationFailedException exception)
        {
            logger.LogWarning("Rejected {ActivityType} activity: {Reason}", activity.Type, exception.Message);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        logger.LogInformation("Received {ActivityType}{InvokeName}", activity.Type, activity.Name is null ? "" : " " + activity.Name);

        // The turn must finish even if the channel stops waiting: Teams retries, and the deduplicator
        // hands the retry this turn's outcome. Only shutdown cancels it.
        var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var outcome = await services.GetRequiredService<BotAdapter>().ProcessAsync(activity, stopping);

        if (activity.IsInvoke)
        {
            if (outcome.InvokeResponse is null)
            {
                http.Response.StatusCode = StatusCodes.Status501NotImplemented;
                return;
            }
            http.Response.StatusCode = outcome.InvokeResponse.Status;
            if (outcome.InvokeResponse.Body is not null)
                await http.Response.WriteAsJsonAsync(outcome.InvokeResponse.Body, ProtocolJson.Options, http.RequestAborted);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        if (outcome.Replies is not null)
        {
            var replies = new JsonObject { ["activities"] = JsonSerializer.SerializeToNode(outcome.Replies, ProtocolJson.Options) };
            await http.Response.WriteAsJsonAsync(replies, ProtocolJson.Options, http.RequestAborted);
        }
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is larger (declared or actual).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) return null;
        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static Task Problem(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        return http.Response.WriteAsJsonAsync(
            new { type = "about:blank", title, status, detail },
            ProtocolJson.Options,
            contentType: "application/problem+json",
            cancellationToken: http.RequestAborted);
    }
}
