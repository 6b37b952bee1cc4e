using GovernanceBot.Delivery.Outbox;

namespace GovernanceBot.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// The outbox (enqueue, status), its background sender and the shared throttle state. The sender runs
    /// only when <c>Delivery:Enabled</c> (the default); settings are checked at start-up.
    /// </summary>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DeliveryOptions>()
            .Bind(configuration.GetSection(DeliveryOptions.SectionName))
            .Validate(o => o.GlobalRatePerSecond >= 1, "Delivery:GlobalRatePerSecond must be at least 1.")
            .Validate(o => o.PerConversationPerSecond >= 1, "Delivery:PerConversationPerSecond must be at least 1.")
            .Validate(o => o.MaxConcurrentSends >= 1, "Delivery:MaxConcurrentSends must be at least 1.")
            .Validate(o => o.MaxAttempts >= 1, "Delivery:MaxAttempts must be at least 1.")
            .Validate(o => o.BudgetChunk >= 1, "Delivery:BudgetChunk must be at least 1.")
            .Validate(o => o.LeaseDuration >= TimeSpan.FromSeconds(1), "Delivery:LeaseDuration must be at least one second.")
            .Validate(o => o.PollInterval > TimeSpan.Zero && o.SchedulerInterval > TimeSpan.Zero && o.NotificationRelayInterval > TimeSpan.Zero,
                "Delivery:PollInterval, Delivery:SchedulerInterval and Delivery:NotificationRelayInterval must be positive.")
            .Validate(o => o.RetryBaseDelay > TimeSpan.Zero && o.RetryMaxDelay >= o.RetryBaseDelay, "Delivery:RetryBaseDelay must be positive and not above Delivery:RetryMaxDelay.")
            .ValidateOnStart();

        services.AddSingleton<OutboxStore>();
        services.AddSingleton<DeliveryThrottleStore>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<SendBudget>();
        services.AddSingleton<IOutbox, StoredOutbox>();
        services.AddSingleton<FailureReporter>();
        services.AddSingleton<SentPosts>();
        services.AddSingleton<DeliveryAddressBook>();
        services.AddSingleton<OutboxSender>();
        services.AddHostedService(provider => new EnabledOnly<OutboxSender>(provider));
        return services;
    }
}
