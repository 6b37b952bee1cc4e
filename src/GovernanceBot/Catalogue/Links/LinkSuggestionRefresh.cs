using System.Diagnostics;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Links;
using GovernanceBot.Storage;

namespace GovernanceBot.Catalogue.Links;

/// <summary>
/// Computes the suggested links of the whole catalogue and stores them with their score (table
/// <c>CatalogueLinks</c>), after every import that changed records and once at start-up when the stored ones
/// come from other rules. Stored rather than computed on read: scoring one dataset against every use case
/// on read cost about 12 ms a dataset on the real files (44 s for all 3.5k datasets), while the one-pass
/// <see cref="LinkSuggester"/> scores the whole 3.6k × 3.5k catalogue in well under a second at import, and
/// stored suggestions can be listed, confirmed and rejected like any row.
/// </summary>
public sealed class LinkSuggestionRefresh(
    CatalogueService catalogue, CatalogueStore records, CatalogueLinkStore store, CatalogueLinkBook book, ILogger<LinkSuggestionRefresh> logger)
{
    /// <summary>The suggestion rules' version: raise it when <see cref="LinkSuggester"/> changes, and stored suggestions are recomputed.</summary>
    public const int RulesVersion = 1;

    /// <summary>Imports and the start-up check may finish together: one refresh at a time per instance.</summary>
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<(int Suggestions, TimeSpan Took)> RefreshAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await ComputeAndStoreAsync(cancellationToken);
        }
        catch (TableTransactionFailedException e)
        {
            // Another instance replaced the same rows meanwhile: read what it stored and apply the difference again.
            logger.LogInformation(e, "Link suggestions changed during a refresh; refreshing again");
            return await ComputeAndStoreAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The records as loaded for questions, or read from storage (the command line never loads them).</summary>
    private async Task<CatalogueSnapshot> RecordsAsync(CancellationToken cancellationToken) => catalogue.Loaded
        ?? new CatalogueSnapshot(await records.LoadUseCasesAsync(cancellationToken), await records.LoadDatasetsAsync(cancellationToken));

    private async Task<(int Suggestions, TimeSpan Took)> ComputeAndStoreAsync(CancellationToken cancellationToken)
    {
        var snapshot = await RecordsAsync(cancellationToken);
        var watch = Stopwatch.StartNew();
        var suggestions = new LinkSuggester(snapshot.UseCases).SuggestAll(snapshot.Datasets);
        var computed = watch.Elapsed;
        var (written, deleted) = await store.ReplaceSuggestionsAsync(suggestions, RulesVersion, cancellationToken);
        book.SuggestionsStored(suggestions);
        logger.LogInformation(
            "Link suggestions: {Count} for {Datasets} datasets and {UseCases} use cases, computed in {Computed} ms ({Written} written, {Deleted} deleted)",
            suggestions.Count, snapshot.Datasets.Count, snapshot.UseCases.Count, (int)computed.TotalMilliseconds, written, deleted);
        return (suggestions.Count, computed);
    }

    /// <summary>
    /// After an import: the records are stored whatever happens here, so a storage failure is logged rather than
    /// failing the import (the stored suggestions stay as they were until the next import).
    /// </summary>
    public async Task RefreshAfterImportAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RefreshAsync(cancellationToken);
        }
        catch (StorageException e)
        {
            logger.LogWarning(e, "Link suggestions not refreshed after an import; the next import refreshes them");
        }
    }

    /// <summary>
    /// Recomputes once when the stored suggestions were made by other rules, or never stored. Empty catalogues
    /// are left alone: there is nothing to suggest, and the first import stores them.
    /// </summary>
    public async Task EnsureCurrentAsync(CancellationToken cancellationToken)
    {
        if (await store.SuggestionsVersionAsync(cancellationToken) == RulesVersion) return;
        var snapshot = await RecordsAsync(cancellationToken);
        if (snapshot.UseCases.Count == 0 || snapshot.Datasets.Count == 0) return;
        await RefreshAsync(cancellationToken);
    }
}
