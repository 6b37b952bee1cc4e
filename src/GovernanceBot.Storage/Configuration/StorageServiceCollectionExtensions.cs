using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Storage.Configuration;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ITableStorage"/> as a singleton chosen by the <c>Storage</c> section, validated when
    /// the host starts so a missing setting stops the app with a message naming the key.
    /// </summary>
    public static IServiceCollection AddTableStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton(provider => TableStorageFactory.Create(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value,
            provider.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory));
        return services;
    }
}
