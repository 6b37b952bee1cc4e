using GovernanceBot.Hosting.StartUp;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Demo;

/// <summary>
/// Runs every <see cref="IDemoDataContributor"/> once at start-up, first of the start-up tasks (the catalogue
/// index is built from what it seeds). /readyz says when it is done.
/// </summary>
public sealed class DemoDataSeeder(
    IEnumerable<IDemoDataContributor> contributors,
    IOptions<DemoDataOptions> options,
    IConfiguration configuration,
    ILogger<DemoDataSeeder> logger) : IStartupTask
{
    public int Order => 0;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!IsEnabled(options.Value, configuration)) return;
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            await contributor.SeedAsync(cancellationToken);
            logger.LogInformation("Demo data seeded by {Contributor}", contributor.GetType().Name);
        }
    }

    internal static bool IsEnabled(DemoDataOptions options, IConfiguration configuration) =>
        options.Enabled ?? (string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"])
            && string.Equals(configuration["Storage:Provider"] ?? "Sqlite", "Sqlite", StringComparison.OrdinalIgnoreCase));
}
