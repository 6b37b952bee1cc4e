using GovernanceBot.Storage;

namespace GovernanceBot.Catalogue;

/// <summary>
/// Loads the catalogues and builds the search index right after start-up, in the background, so the first
/// question does not wait for it. A storage outage is logged; the first question retries.
/// </summary>
internal sealed class CatalogueWarmUp(CatalogueService catalogue, ILogger<CatalogueWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await catalogue.EnsureLoadedAsync(stoppingToken);
        }
        catch (StorageException e)
        {
            logger.LogWarning(e, "Catalogue index not built at start-up; it will be on the first question");
        }
        finally
        {
            // This is the last start-up work (after demo seeding, dictionary and index loading): hand the
            // memory their temporary data used back to the system once, so an idle bot holds only what it uses.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }
}
