using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GovernanceBot.BotFramework.Authentication;

/// <summary>The options both inbound authentication and the outbound connector depend on, registered once.</summary>
internal static class BotIdentityRegistration
{
    public static void AddBotIdentityOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<BotIdentityOptions>))) return;

        services.AddSingleton<IValidateOptions<BotIdentityOptions>, BotIdentityOptionsValidator>();
        services.AddOptions<BotIdentityOptions>().Bind(configuration).ValidateOnStart();
    }
}
