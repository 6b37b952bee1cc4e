using GovernanceBot.Hosting.StartUp;

namespace GovernanceBot.Demo;

public static class DemoDataServiceCollectionExtensions
{
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoDataOptions>().Bind(configuration.GetSection(DemoDataOptions.Section));
        services.AddStartupTask<DemoDataSeeder>();
        return services;
    }

    /// <summary>Adds a module's demo records to the zero-configuration run.</summary>
    public static IServiceCollection AddDemoData<TContributor>(this IServiceCollection services) where TContributor : class, IDemoDataContributor =>
        services.AddSingleton<IDemoDataContributor, TContributor>();
}
