namespace GovernanceBot.Delivery;

/// <summary>Proactive delivery settings, bound from the <c>Delivery</c> section and checked at start-up.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>Runs the background sender and scheduler in this instance (all instances may; they share the work).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Messages per second for the whole app and tenant, all instances together (Teams allows about 50).</summary>
    public int GlobalRatePerSecond { get; set; } = 50;

    /// <summary>Messages per second into one conversation (Teams throttles a conversation above about 7).</summary>
    public int PerConversationPerSecond { get; set; } = 7;

    /// <summary>Sends in flight at once in one instance.</summary>
    public int MaxConcurrentSends { get; set; } = 16;

    /// <summary>How long a claim holds a message; longer than the slowest send with its retries.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the sender looks for work when nothing woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How often use-case notifications recorded with each move are relayed to the outbox.</summary>
    public TimeSpan NotificationRelayInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often the scheduler looks for due jobs.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per message before it is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Messages reserved from the shared per-second budget at a time (fewer storage writes, a little less fairness).</summary>
    public int BudgetChunk { get; set; } = 5;

    /// <summary>How long a sender that is stopping lets sends already on the wire finish before it gives their claims back.</summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(5);
}
