using GovernanceBot.Domain.Catalogue.Links;

namespace GovernanceBot.Catalogue.Links;

/// <summary>
/// The links every answer and record card reads, kept in memory: suggestions as loaded at start-up and
/// replaced by each import, decisions re-read at most every <see cref="Freshness"/> — so a link made on one
/// instance shows at once there and within seconds on the others, for one small partition read.
/// </summary>
public sealed class CatalogueLinkBook(CatalogueLinkStore store, TimeProvider time)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private CatalogueLinks? _links;
    private DateTimeOffset _decisionsReadAt;

    public async Task<CatalogueLinks> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_links is { } links && time.GetUtcNow() - _decisionsReadAt < Freshness) return links;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_links is { } fresh && time.GetUtcNow() - _decisionsReadAt < Freshness) return fresh;
            var decisions = await store.LoadDecisionsAsync(cancellationToken);
            if (_links is null)
            {
                var (suggestions, _) = await store.LoadSuggestionsAsync(cancellationToken);
                _links = new CatalogueLinks(decisions, suggestions);
            }
            else
            {
                _links = _links.WithDecisions(decisions);
            }
            _decisionsReadAt = time.GetUtcNow();
            return _links;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>A decision this instance just stored: visible to the next answer without waiting for a re-read.</summary>
    public void Decided(LinkDecision decision) => _links = _links?.With(decision);

    public void Removed(string datasetId, string useCaseId) => _links = _links?.Without(datasetId, useCaseId);

    /// <summary>The suggestions an import just stored.</summary>
    public void SuggestionsStored(IReadOnlyList<LinkSuggestion> suggestions) => _links = _links?.WithSuggestions(suggestions);
}
