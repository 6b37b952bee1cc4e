using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovernanceBot.BotFramework.Authentication;

public static class AuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IInboundAuthenticator"/> with the bot identity bound from the configuration
    /// root (MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppTenantId, MicrosoftAppType), validated at start-up:
    /// token validation with an app id, loopback callers only without one.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotIdentityOptions(configuration);
        services.AddHttpClient(BotFrameworkAuthenticator.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<BotIdentityOptions>>().Value.HasAppId
            ? TokenAuthenticator(provider)
            : new LoopbackOnlyAuthenticator());
        return services;
    }

    // Apart, so a bot without an app id never loads the token libraries.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static IInboundAuthenticator TokenAuthenticator(IServiceProvider provider) =>
        ActivatorUtilities.CreateInstance<BotFrameworkAuthenticator>(provider);
}
