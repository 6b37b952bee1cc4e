using GovernanceBot.BotFramework.Authentication;
using GovernanceBot.BotFramework.Connector;
using GovernanceBot.BotFramework.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovernanceBot.BotFramework.Hosting;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Registers the protocol: inbound authentication, the outbound connector, the adapter and the route
    /// table built from every registered <see cref="IBotFeature"/>.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotHostingOptions>().Bind(configuration.GetSection(BotHostingOptions.Section))
            .Validate(o => o.MaxRequestBytes >= 16 * 1024, "Bot:MaxRequestBytes must be at least 16384.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddBotAuthentication(configuration);
        services.AddBotConnector(configuration);
        services.AddSingleton<ActivityDeduplicator>();
        services.AddSingleton<BotApplication>();
        services.AddSingleton<BotAdapter>();
        return services;
    }
}
