using GovernanceBot.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class IdentityServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IUserDirectory"/>, reading roles from the <c>Roles</c> section (arrays of Entra object ids).</summary>
    public static IServiceCollection AddIdentityAndRoles(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RoleOptions>(configuration.GetSection(RoleOptions.Section));
        services.AddSingleton<IUserDirectory, UserDirectory>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
