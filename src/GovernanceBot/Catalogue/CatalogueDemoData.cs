using System.Reflection;
using GovernanceBot.Demo;
using GovernanceBot.Domain.Catalogue;

namespace GovernanceBot.Catalogue;

/// <summary>
/// The sample catalogues (samples/catalogue, embedded): a few of the group's own use cases and datasets,
/// linked to each other, in French. Imported like any file, so a rerun changes nothing.
/// </summary>
internal sealed class CatalogueDemoData(CatalogueImportRunner runner) : IDemoDataContributor
{
    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var (kind, name) in new[]
                 {
                     (CatalogueKind.Datasets, "datasets.csv"), (CatalogueKind.Datasets, "datasets.json"),
                     (CatalogueKind.UseCases, "usecases.csv"), (CatalogueKind.UseCases, "usecases.json"),
                 })
        {
            await using var stream = Sample(name);
            await runner.ImportAsync(kind, stream, name, null, cancellationToken);
        }
    }

    private static Stream Sample(string name)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".catalogue-samples." + name, StringComparison.Ordinal));
        return assembly.GetManifestResourceStream(resource)!;
    }
}
