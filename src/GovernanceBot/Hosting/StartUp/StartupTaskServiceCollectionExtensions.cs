namespace GovernanceBot.Hosting.StartUp;

public static class StartupTaskServiceCollectionExtensions
{
    /// <summary>The runner and its readiness flag (read by /readyz); features add their tasks with <see cref="AddStartupTask{TTask}"/>.</summary>
    public static IServiceCollection AddStartupTasks(this IServiceCollection services)
    {
        services.AddSingleton<StartupReadiness>();
        services.AddHostedService<StartupTaskRunner>();
        return services;
    }

    public static IServiceCollection AddStartupTask<TTask>(this IServiceCollection services) where TTask : class, IStartupTask =>
        services.AddSingleton<IStartupTask, TTask>();
}
