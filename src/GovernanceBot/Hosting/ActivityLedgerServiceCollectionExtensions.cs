using GovernanceBot.BotFramework.Hosting;

namespace GovernanceBot.Hosting;

public static class ActivityLedgerServiceCollectionExtensions
{
    /// <summary>Shares "already processed" across instances through the bot's table storage, and purges it.</summary>
    public static IServiceCollection AddStoredActivityLedger(this IServiceCollection services)
    {
        services.AddSingleton<StoredActivityLedger>();
        services.AddSingleton<IActivityLedger>(sp => sp.GetRequiredService<StoredActivityLedger>());
        services.AddHostedService<ActivityLedgerCleanup>();
        return services;
    }
}
