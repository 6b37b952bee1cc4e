using System.Text;
using GovernanceBot.Catalogue.Browse;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Browse;
using GovernanceBot.Domain.Catalogue.Importing;
using GovernanceBot.Domain.Catalogue.Search;
using GovernanceBot.TestSupport;

namespace GovernanceBot.Tests.Catalogue.Browse;

/// <summary>
/// Over the real catalogues (the federal inventory's 3,611 use cases and eleven agencies' DCAT-US data),
/// the browse card — with its hundreds of organisations, hubs and themes — still fits in one Teams message.
/// </summary>
public sealed class BrowseCardSizeTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>Teams refuses bot messages above about 28 KB; a card must leave room for the activity around it.</summary>
    private const int MaxCardBytes = 24 * 1024;

    [Fact]
    public void The_browse_card_of_the_real_catalogues_fits_in_a_teams_message()
    {
        var shared = Path.GetFullPath(Environment.GetEnvironmentVariable("GOVERNANCEBOT_SHARED_DATA") ?? Path.Combine(RepositoryPaths.Root, "..", "shared", "data"));
        List<CatalogueUseCase> useCases;
        using (var file = File.OpenRead(Path.Combine(shared, "federal-ai-use-case-inventory-2025.csv")))
        {
            useCases = FederalInventoryImporter.Read(file).Accepted.Select(a => a.Record).ToList();
        }
        var datasets = new List<CatalogueDataset>();
        foreach (var path in Directory.GetFiles(Path.Combine(shared, "dcat-us"), "*.json"))
        {
            using var file = File.OpenRead(path);
            datasets.AddRange(DcatUsImporter.Read(file).Accepted.Select(a => a.Record));
        }
        var snapshot = new CatalogueSnapshot(useCases, datasets);
        using var index = new LuceneCatalogueIndex();
        index.Upsert(useCases, datasets);
        var browser = new CatalogueBrowser(index, new BrowseOptions());

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = browser.Browse(BrowseRequest.Everything, [], snapshot);
        var filtered = browser.Browse(new BrowseRequest("", new BrowseFilters { Organisation = "DHS", Status = UseCaseStatus.InProduction }, 3), [], snapshot);
        clock.Stop();
        var bytes = Encoding.UTF8.GetByteCount(BrowseCard.Build(result, Language.French).ToJson().ToJsonString());

        output.WriteLine($"{snapshot.UseCases.Count + snapshot.Datasets.Count} records: two browses in {clock.ElapsedMilliseconds} ms, first page card {bytes} bytes, DHS in production {filtered.Total} records");
        Assert.True(filtered.Total > 0);
        Assert.True(result.Facets.Organisations.Count == new BrowseOptions().FacetSize, $"{result.Facets.Organisations.Count} organisations offered");
        Assert.True(bytes <= MaxCardBytes, $"The browse card is {bytes} bytes.");
    }
}
