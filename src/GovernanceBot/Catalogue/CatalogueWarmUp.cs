using GovernanceBot.Hosting.StartUp;
using GovernanceBot.Storage;

namespace GovernanceBot.Catalogue;

/// <summary>
/// Loads the catalogues (and the language bridge) and builds the search index as a start-up task, after the
/// demo data, so the first question does not wait for it. A storage outage is logged; the first question retries.
/// </summary>
internal sealed class CatalogueWarmUp(CatalogueService catalogue, ILogger<CatalogueWarmUp> logger) : IStartupTask
{
    public int Order => 100;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await catalogue.EnsureLoadedAsync(cancellationToken);
        }
        catch (StorageException e)
        {
            logger.LogWarning(e, "Catalogue index not built at start-up; it will be on the first question");
        }
    }
}
