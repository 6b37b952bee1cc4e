using System.Net;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Authentication;
using GovernanceBot.BotFramework.Logging;
using GovernanceBot.BotFramework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GovernanceBot.BotFramework.Hosting;

/// <summary>
/// The Bot Framework messaging endpoint: POST only, JSON only, bounded body, authenticated from the few
/// fields a token is checked against before the activity is parsed, then parsed, validated and handed to
/// the adapter. Status codes follow the channel contract: 200 (empty, or the invoke response, or the
/// expected replies), 400 bad activity (details only to an authenticated caller), 401 failed auth,
/// 405 other methods, 413 too large, 415 not JSON, 500 (empty body) when the turn itself fails.
/// Every request writes exactly one log line from this endpoint (a refusal or failure as a warning or an
/// error, an answered turn at Debug), with request values escaped.
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
            logger.LogInformation("Refused {Method}: 405, only POST is accepted", LogText.Safe(http.Request.Method));
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            http.Response.Headers.Allow = "POST";
            return;
        }

        if (!IsJson(http.Request.ContentType))
        {
            logger.LogWarning("Refused a body of type {ContentType}: 415, activities are application/json", LogText.Safe(http.Request.ContentType));
            await Problem(http, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Activities are sent as application/json (UTF-8).");
            return;
        }

        var limit = services.GetRequiredService<IOptions<BotHostingOptions>>().Value.MaxRequestBytes;
        byte[]? body;
        try
        {
            body = await ReadBodyAsync(http.Request, limit, http.RequestAborted);
        }
        catch (Exception exception) when (exception is BadHttpRequestException
            || (exception is OperationCanceledException or IOException && http.RequestAborted.IsCancellationRequested))
        {
            // The caller hung up or sent less than it announced: nobody is left to answer, and it is no fault of the bot.
            var status = (exception as BadHttpRequestException)?.StatusCode ?? StatusCodes.Status400BadRequest;
            logger.LogWarning("Refused an incomplete body: {Status}, the caller stopped sending ({Reason})", status, exception.GetType().Name);
            http.Response.StatusCode = status;
            return;
        }
        if (body is null)
        {
            logger.LogWarning("Refused a body over {Limit} bytes: 413", limit);
            await Problem(http, StatusCodes.Status413PayloadTooLarge, "Request body too large", $"The body exceeds {limit} bytes.");
            return;
        }

        // Who is calling is settled before the activity is parsed: an unauthenticated sender learns nothing
        // about how its body would have been read, and makes the bot do no more than scan two fields.
        var envelope = ActivityEnvelope.Read(body);
        if (await AuthenticateAsync(http, services, envelope, logger) is not { } identity)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        http.User = new(identity);

        var (activity, problem) = Parse(body, envelope);
        if (activity is null)
        {
            logger.LogWarning("Refused an activity: 400, {Problem}", problem);
            await Problem(http, StatusCodes.Status400BadRequest, "Invalid activity", problem!);
            return;
        }

        // Every log line of the turn, including the handlers', carries these two ids (validated, and escaped anyway).
        using var scope = logger.BeginScope("ActivityId:{ActivityId} ConversationId:{ConversationId}", LogText.Safe(activity.Id), LogText.Safe(activity.Conversation?.Id));
        var received = LogText.Safe(activity.Type) + (activity.Name is null ? "" : " " + LogText.Safe(activity.Name));

        try
        {
            // The turn must finish even if the channel stops waiting: Teams retries, and the deduplicator
            // hands the retry this turn's outcome. Only shutdown cancels it.
            var stopping = services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            var outcome = await services.GetRequiredService<BotAdapter>().ProcessAsync(activity, stopping);
            await WriteOutcomeAsync(http, activity, outcome);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !http.RequestAborted.IsCancellationRequested)
        {
            // Nothing about the failure goes back to the caller (no stack trace, in any environment);
            // the channel retries a 500.
            logger.LogError(exception, "{Activity} failed: 500", received);
            if (http.Response.HasStarted) http.Abort();
            else
            {
                http.Response.Clear();
                http.Response.StatusCode = StatusCodes.Status500InternalServerError;
            }
            return;
        }

        // At production volume a line per answered turn is the costliest thing a cheap turn does; turns are
        // counted and traced by telemetry instead, and this line is there when the category is set to Debug.
        logger.LogDebug("{Activity} answered {Status}", received, http.Response.StatusCode);
    }

    /// <returns>The caller's identity, or null once the refusal is logged.</returns>
    private static async Task<ClaimsIdentity?> AuthenticateAsync(HttpContext http, IServiceProvider services, ActivityEnvelope envelope, ILogger logger)
    {
        var remote = http.Connection.RemoteIpAddress;
        var isLoopback = remote is not null && IPAddress.IsLoopback(remote);
        if (isLoopback && !services.GetRequiredService<IOptions<BotIdentityOptions>>().Value.HasAppId
            && LocalCallerCheck.RelayEvidence(http.Request) is { } relayed)
        {
            logger.LogWarning(
                "Refused an unauthenticated request: 401, {Evidence}, so it was relayed by a proxy or tunnel. Without MicrosoftAppId the bot accepts only direct callers on this machine; to reach it through a tunnel or from Teams, set MicrosoftAppId (and its secret) so that every request is authenticated",
                relayed);
            return null;
        }

        try
        {
            var header = http.Request.Headers.Authorization.ToString();
            return await services.GetRequiredService<IInboundAuthenticator>()
                .AuthenticateAsync(header.Length > 0 ? header : null, envelope, isLoopback, http.RequestAborted);
        }
        catch (AuthenticationFailedException exception)
        {
            logger.LogWarning("Rejected an activity: 401, {Reason}", exception.Message);
            return null;
        }
    }

    /// <returns>The activity, or null and why it is refused.</returns>
    private static (Activity? Activity, string? Problem) Parse(byte[] body, ActivityEnvelope envelope)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException exception)
        {
            return (null, $"The body is not a valid activity JSON document ({LogText.Safe(exception.Path ?? "root")}).");
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
        {
            // Raised for JSON objects that repeat a key (e.g. two "verb"s: ambiguous) and for text that is
            // not valid UTF-16 (lone surrogates); either way the activity is refused.
            return (null, "The body repeats a property name or holds invalid text.");
        }

        if (activity is null) return (null, "The body is empty or null.");
        // Authentication checked these two fields as the envelope read them; the activity must say the same.
        if (activity.ChannelId != envelope.ChannelId || activity.ServiceUrl != envelope.ServiceUrl)
            return (null, "The activity's 'channelId' or 'serviceUrl' is ambiguous.");
        var invalid = ActivityValidator.Problem(activity);
        return invalid is null ? (activity, null) : (null, invalid);
    }

    private static async Task WriteOutcomeAsync(HttpContext http, Activity activity, TurnOutcome outcome)
    {
        if (activity.IsInvoke)
        {
            if (outcome.InvokeResponse is null)
            {
                http.Response.StatusCode = StatusCodes.Status501NotImplemented;
                return;
            }
            http.Response.StatusCode = outcome.InvokeResponse.Status;
            if (outcome.InvokeBodyJson is { } body)
            {
                http.Response.ContentType = "application/json; charset=utf-8";
                await http.Response.BodyWriter.WriteAsync(body, http.RequestAborted);
            }
            else if (outcome.InvokeResponse.Body is not null)
                await http.Response.WriteAsJsonAsync(outcome.InvokeResponse.Body, ProtocolJson.Options, http.RequestAborted);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        if (outcome.Replies is not null)
        {
            // {"activities": [...]} written straight to the response, without an intermediate JSON tree.
            http.Response.ContentType = "application/json; charset=utf-8";
            await using var writer = new Utf8JsonWriter(http.Response.BodyWriter);
            writer.WriteStartObject();
            writer.WritePropertyName("activities");
            if (outcome.RepliesJson is { } json) writer.WriteRawValue(json.Span, skipInputValidation: true);
            else JsonSerializer.Serialize(writer, outcome.Replies, ProtocolJson.Options);
            writer.WriteEndObject();
            await writer.FlushAsync(http.RequestAborted);
        }
    }

    /// <summary>application/json, in UTF-8 when a charset is named (the only encoding JSON on the wire uses).</summary>
    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
        && (!type.Charset.HasValue || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads at most <paramref name="limit"/> bytes; null when the body is larger (declared or actual).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) return null;
        if (request.ContentLength is { } declared)
        {
            // The usual case: the channel says how long the body is, so it is read straight into its own array.
            var body = new byte[declared];
            var filled = 0;
            while (filled < body.Length)
            {
                var count = await request.Body.ReadAsync(body.AsMemory(filled), cancellationToken);
                if (count == 0) throw new BadHttpRequestException("The body ended before its declared length.");
                filled += count;
            }
            // More than declared is impossible over HTTP/1.1 framing; a stream that still has bytes is refused anyway.
            return await request.Body.ReadAsync(new byte[1], cancellationToken) == 0 ? body : null;
        }

        using var buffer = new MemoryStream(4096);
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
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
