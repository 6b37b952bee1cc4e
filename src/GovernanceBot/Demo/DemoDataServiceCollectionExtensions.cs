namespace GovernanceBot.Demo;

public static class DemoDataServiceCollectionExtensions
{
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoDataOptions>().Bind(configuration.GetSection(DemoDataOptions.Section));
        services.AddHostedService<DemoDataSeeder>();
        return services;
    }
}
