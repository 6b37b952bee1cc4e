namespace GovernanceBot.Domain.Delivery;

/// <summary>
/// When to try a failed send again: an exponential back-off with full jitter between half and all of
/// it (so throttled senders do not come back together), never sooner than the Retry-After the service
/// asked for, never later than <paramref name="maxDelay"/> unless the service asked for longer.
/// </summary>
public sealed record RetryBackoff(TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    public static readonly RetryBackoff Default = new(TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(5));

    /// <param name="attempt">Attempts made so far (1 after the first failure).</param>
    /// <param name="jitter">A random number in [0, 1).</param>
    public TimeSpan Delay(int attempt, TimeSpan? retryAfter, double jitter)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var ceiling = Math.Min(MaxDelay.TotalMilliseconds, BaseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        var pause = TimeSpan.FromMilliseconds(ceiling * (0.5 + 0.5 * Math.Clamp(jitter, 0, 1)));
        return retryAfter is { } asked && asked > pause ? asked : pause;
    }
}
