using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.BotFramework.Authentication;

public static class AuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IInboundAuthenticator"/> with the bot identity bound from the configuration
    /// root (MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId, MicrosoftAppType), validated at start-up.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotIdentityOptions(configuration);
        services.AddHttpClient(BotFrameworkAuthenticator.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<IInboundAuthenticator, BotFrameworkAuthenticator>();
        return services;
    }
}
