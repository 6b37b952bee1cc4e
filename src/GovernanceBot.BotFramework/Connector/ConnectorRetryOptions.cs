namespace GovernanceBot.BotFramework.Connector;

/// <summary>Bounds of the retries of outbound calls, bound from the <c>BotConnector</c> configuration section.</summary>
public sealed class ConnectorRetryOptions
{
    public const string SectionName = "BotConnector";

    /// <summary>Attempts in total, the first one included.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Smallest pause between attempts; later pauses grow with decorrelated jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Longest pause between attempts. A Retry-After longer than this ends the retries, so a turn is
    /// never held for minutes; the caller gets the wait in <see cref="ConnectorException.RetryAfter"/>.
    /// </summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take before it counts as a transport failure.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
