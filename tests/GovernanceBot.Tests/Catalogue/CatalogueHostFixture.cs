using GovernanceBot.Catalogue;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.TestSupport;
using GovernanceBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Catalogue;

/// <summary>One bot whose catalogues hold the project's samples, imported the way an admin would.</summary>
public sealed class CatalogueHostFixture : IAsyncLifetime
{
    public const string CentralTeam = "equipe-centrale@example.org";

    public BotTestHost Host { get; } = new(new Dictionary<string, string?> { ["Catalogue:CentralTeamContact"] = CentralTeam });

    public Task InitializeAsync() => ImportSamplesAsync(Host);

    /// <summary>Imports every file of samples/catalogue into <paramref name="host"/>'s catalogues, as an admin would.</summary>
    public static async Task ImportSamplesAsync(BotTestHost host)
    {
        var runner = host.Services.GetRequiredService<CatalogueImportRunner>();
        var samples = Path.Combine(RepositoryPaths.Root, "samples", "catalogue");
        foreach (var (kind, name) in new[]
                 {
                     (CatalogueKind.Datasets, "datasets.csv"), (CatalogueKind.Datasets, "datasets.json"),
                     (CatalogueKind.UseCases, "usecases.csv"), (CatalogueKind.UseCases, "usecases.json"),
                 })
        {
            await using var file = File.OpenRead(Path.Combine(samples, name));
            await runner.ImportAsync(kind, file, name, null, CancellationToken.None);
        }
    }

    public Task DisposeAsync()
    {
        Host.Dispose();
        return Task.CompletedTask;
    }
}
