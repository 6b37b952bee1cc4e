namespace GovernanceBot.Domain.Delivery;

/// <summary>How a failed send is handled, from the HTTP status the connector answered (null: no answer at all).</summary>
public static class DeliveryFailures
{
    public static DeliveryFailureKind Classify(int? status) => status switch
    {
        null => DeliveryFailureKind.Transient,
        429 => DeliveryFailureKind.Throttled,
        // 412 is a Teams-side conflict, 401 usually an expiring token: both clear up on their own.
        401 or 408 or 412 or 500 or 502 or 503 or 504 => DeliveryFailureKind.Transient,
        // 403: bot removed or blocked; 404/410: the conversation is gone; 400/413: the message itself is refused.
        _ => DeliveryFailureKind.Permanent,
    };

    /// <summary>A short reason for people: the status and the connector's error code when it gave one.</summary>
    public static string Reason(int? status, string? errorCode) => (status, errorCode) switch
    {
        (null, _) => "connector unreachable",
        (403, null) => "HTTP 403 (bot removed or not allowed)",
        (404, null) => "HTTP 404 (conversation not found)",
        (_, null) => $"HTTP {status}",
        _ => $"HTTP {status} ({errorCode})",
    };
}
