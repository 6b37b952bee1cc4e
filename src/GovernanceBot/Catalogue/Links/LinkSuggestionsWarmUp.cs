using GovernanceBot.Storage;

namespace GovernanceBot.Catalogue.Links;

/// <summary>
/// At start-up, stores the link suggestions when the stored ones predate the current rules (or a catalogue was
/// imported before suggestions were stored). A storage outage is logged; the next import stores them.
/// </summary>
internal sealed class LinkSuggestionsWarmUp(LinkSuggestionRefresh refresh, ILogger<LinkSuggestionsWarmUp> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await refresh.EnsureCurrentAsync(stoppingToken);
        }
        catch (StorageException e)
        {
            logger.LogWarning(e, "Link suggestions not checked at start-up; the next import stores them");
        }
    }
}
