using System.Net;
using System.Text.Json;

namespace GovernanceBot.BotFramework.Connector;

/// <summary>
/// A Bot Connector (or token) request that failed for good: a non-retryable status, or retries exhausted.
/// <see cref="RetryAfter"/> tells a caller that fans out messages how long the service asked it to wait.
/// </summary>
public sealed class ConnectorException(HttpStatusCode? statusCode, string? errorCode, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>The HTTP status of the last answer; null when the service could not be reached.</summary>
    public HttpStatusCode? StatusCode { get; } = statusCode;

    /// <summary>The error code in the answer's body (<c>error.code</c>, or an OAuth <c>error</c>), if any.</summary>
    public string? ErrorCode { get; } = errorCode;

    public TimeSpan? RetryAfter { get; init; }

    internal static async Task<ConnectorException> FromResponseAsync(HttpResponseMessage response, string operation, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var errorCode = ReadErrorCode(body);
        var status = (int)response.StatusCode;
        var message = errorCode is null
            ? $"{operation} failed with HTTP {status}"
            : $"{operation} failed with HTTP {status} ({errorCode})";
        return new ConnectorException(response.StatusCode, errorCode, message) { RetryAfter = retryAfter };
    }

    // The connector answers {"error":{"code":..,"message":..}}; Entra's token endpoint answers {"error":"code",..}.
    private static string? ReadErrorCode(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("error", out var error)) return null;
            return error.ValueKind switch
            {
                JsonValueKind.String => error.GetString(),
                JsonValueKind.Object when error.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String => code.GetString(),
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
