using Microsoft.Extensions.Options;

namespace GovernanceBot.Demo;

/// <summary>Runs every <see cref="IDemoDataContributor"/> once at start-up, before the bot takes traffic.</summary>
public sealed class DemoDataSeeder(
    IEnumerable<IDemoDataContributor> contributors,
    IOptions<DemoDataOptions> options,
    IConfiguration configuration,
    ILogger<DemoDataSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!IsEnabled(options.Value, configuration)) return;
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            await contributor.SeedAsync(cancellationToken);
            logger.LogInformation("Demo data seeded by {Contributor}", contributor.GetType().Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static bool IsEnabled(DemoDataOptions options, IConfiguration configuration) =>
        options.Enabled ?? (string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"])
            && string.Equals(configuration["Storage:Provider"] ?? "Sqlite", "Sqlite", StringComparison.OrdinalIgnoreCase));
}
