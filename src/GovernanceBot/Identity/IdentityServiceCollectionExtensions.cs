using GovernanceBot.BotFramework.Routing;
using GovernanceBot.Domain;
using GovernanceBot.Help;
using GovernanceBot.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IUserDirectory"/> and the "qui suis-je" / "whoami" command, reading roles from the <c>Roles</c> section (arrays of Entra object ids).</summary>
    public static IServiceCollection AddIdentityAndRoles(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RoleOptions>(configuration.GetSection(RoleOptions.Section));
        services.AddSingleton<IUserDirectory, UserDirectory>();
        services.AddSingleton<IBotFeature, IdentityFeature>();
        services.AddHelpTopic(950, IdentityFeature.Texts, "HelpTopicTitle", "HelpTopicDescription", new LocalizedText("qui suis-je", "whoami"));
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
