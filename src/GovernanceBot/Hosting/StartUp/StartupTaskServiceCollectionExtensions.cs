namespace GovernanceBot.Hosting.StartUp;

public static class StartupTaskServiceCollectionExtensions
{
    /// <summary>The runner, its readiness flag and its /readyz check; features add their tasks with <see cref="AddStartupTask{TTask}"/>.</summary>
    public static IServiceCollection AddStartupTasks(this IServiceCollection services)
    {
        services.AddSingleton<StartupReadiness>();
        services.AddHostedService<StartupTaskRunner>();
        services.AddHealthChecks().AddCheck<StartupHealthCheck>("startup", tags: ["ready"]);
        return services;
    }

    public static IServiceCollection AddStartupTask<TTask>(this IServiceCollection services) where TTask : class, IStartupTask =>
        services.AddSingleton<IStartupTask, TTask>();
}
