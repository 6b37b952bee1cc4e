namespace GovernanceBot.Storage.Configuration;

/// <summary>How the Azure provider's SDK client retries transient failures (bound from <c>Storage:Retry</c>).</summary>
public sealed class StorageRetryOptions
{
    public int MaxRetries { get; set; } = 3;

    /// <summary>First back-off delay; later ones grow exponentially with jitter.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Time limit of one attempt.</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
