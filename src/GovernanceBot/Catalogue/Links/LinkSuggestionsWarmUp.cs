using GovernanceBot.Hosting.StartUp;
using GovernanceBot.Storage;

namespace GovernanceBot.Catalogue.Links;

/// <summary>
/// At start-up, stores the link suggestions when the stored ones predate the current rules (or a catalogue was
/// imported before suggestions were stored). A storage outage is logged; the next import stores them.
/// </summary>
internal sealed class LinkSuggestionsWarmUp(LinkSuggestionRefresh refresh, ILogger<LinkSuggestionsWarmUp> logger) : IStartupTask
{
    public int Order => 200;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await refresh.EnsureCurrentAsync(cancellationToken);
        }
        catch (StorageException e)
        {
            logger.LogWarning(e, "Link suggestions not checked at start-up; the next import stores them");
        }
    }
}
