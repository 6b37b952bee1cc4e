using GovernanceBot.Catalogue.Links;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Browse;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Domain.Catalogue.Search;
using GovernanceBot.Domain.Catalogue.Search.Bridge;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Catalogue;

/// <summary>
/// The catalogues as the bot searches them: loaded from storage and indexed on first use (or by the
/// start-up warm-up), kept current by imports. Questions are answered from this in-memory copy.
/// </summary>
public sealed class CatalogueService(
    CatalogueStore store, LanguageBridge bridge, CatalogueLinkBook links, IEnumerable<ICatalogueUseCaseSource> sources,
    TimeProvider clock, IOptions<CatalogueOptions> options) : IDisposable
{
    /// <summary>How stale the registry's use cases may be in answers (another instance may have changed them).</summary>
    public static readonly TimeSpan SourceRefresh = TimeSpan.FromSeconds(10);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SemaphoreSlim _sourceGate = new(1, 1);
    private DateTimeOffset _sourcesReadAt = DateTimeOffset.MinValue;
    private QuestionInterpreter _interpreter = new(TermBridge.None);
    private TermBridge _terms = TermBridge.None;
    private LuceneCatalogueIndex? _index;
    // Volatile: written last under the gate, it publishes the index and interpreter to lock-free readers.
    private volatile CatalogueSnapshot? _snapshot;

    /// <summary>The catalogues with the links as they stand now (the central team's decisions, stored suggestions).</summary>
    public async Task<CatalogueSnapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken);
        await RefreshSourcesAsync(cancellationToken);
        return _snapshot!.WithLinks(await links.CurrentAsync(cancellationToken));
    }

    /// <summary>The records, when loaded (imports from the command line never load them); links not attached.</summary>
    public CatalogueSnapshot? Loaded => _snapshot;

    /// <summary>The loaded index's hits for <paramref name="request"/> (none before the catalogues are loaded).</summary>
    public IReadOnlyList<CatalogueSearchHit> Search(CatalogueSearchRequest request) => _index?.Search(request) ?? [];

    /// <summary>What the link command offers for a name that is not exact: ids found by meaning, with translations.</summary>
    public Func<CatalogueKind, string, IReadOnlyList<string>> RecordSearch() => Domain.Catalogue.Links.LinkResolver.SearchWith(Search, _terms);

    public async Task<CatalogueAnswer> AskAsync(string text, Language language, CatalogueKind? kind, CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotAsync(cancellationToken);
        var question = _interpreter.Interpret(text, snapshot, language);
        if (kind is not null) question = question with { Kind = kind };
        return Answerer().Answer(question, snapshot);
    }

    /// <summary>
    /// A question asked in a conversation: completed from the previous turn when it leans on it (see
    /// <see cref="FollowUpResolver"/>), then answered. The answer carries the earlier turns for the writer.
    /// </summary>
    public async Task<(CatalogueAnswer Answer, FollowUp FollowUp)> AskInContextAsync(
        string text, Language language, CatalogueKind? kind, IReadOnlyList<ConversationTurn> recent, CancellationToken cancellationToken)
    {
        var snapshot = await SnapshotAsync(cancellationToken);
        var question = _interpreter.Interpret(text, snapshot, language);
        if (kind is not null) question = question with { Kind = kind };
        var followUp = FollowUpResolver.Resolve(question, recent, snapshot);
        var answer = Answerer().Answer(followUp.Question, snapshot) with { Earlier = recent };
        return (answer, followUp);
    }

    /// <summary>One page of the catalogues for a browse card: words read like a question, then the card's filters.</summary>
    public async Task<BrowseResult> BrowseAsync(BrowseRequest request, Language language, CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken);
        await RefreshSourcesAsync(cancellationToken);
        var snapshot = _snapshot!;
        var words = BrowseWords.Read(request.Words, _interpreter, snapshot, language);
        var browser = new CatalogueBrowser(_index!, new BrowseOptions { MinCoverage = options.Value.MinCoverage });
        return browser.Browse(request with { Filters = request.Filters.Over(words.Filters) }, words.Terms, snapshot);
    }

    /// <summary>The datasets to offer for what someone typed in a typeahead (see <see cref="DatasetSuggestions"/>).</summary>
    public async Task<IReadOnlyList<CatalogueDataset>> SuggestDatasetsAsync(string text, int skip, int top, CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken);
        var snapshot = _snapshot!;
        var request = DatasetSuggestions.Request(text, _terms, skip + top);
        var hits = request.Terms.Count == 0 ? [] : _index!.Search(request);
        return DatasetSuggestions.Rank(text, snapshot, hits, skip, top);
    }

    /// <summary>
    /// Makes imported records visible to questions right away. Before the first load there is nothing to
    /// update: the load reads them from storage (the command line never builds the index at all).
    /// </summary>
    public async Task ApplyAsync(IReadOnlyList<CatalogueUseCase> useCases, IReadOnlyList<CatalogueDataset> datasets, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is null) return;
            _index!.Upsert(useCases, datasets);
            _snapshot = _snapshot!.With(useCases, datasets);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (_snapshot is not null) return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is not null) return;
            // Set before the snapshot, which is what tells other callers everything is ready.
            _terms = await bridge.TermsAsync().WaitAsync(cancellationToken);
            _interpreter = new QuestionInterpreter(_terms);
            var useCases = await store.LoadUseCasesAsync(cancellationToken);
            var datasets = await store.LoadDatasetsAsync(cancellationToken);
            useCases = [.. useCases, .. await ReadSourcesAsync(cancellationToken)];
            var index = new LuceneCatalogueIndex();
            index.Upsert(useCases, datasets);
            _index = index;
            _snapshot = new CatalogueSnapshot(useCases, datasets);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Brings in what the registry changed, at most every <see cref="SourceRefresh"/>; one caller refreshes, the others go on.</summary>
    private async Task RefreshSourcesAsync(CancellationToken cancellationToken)
    {
        if (clock.GetUtcNow() - _sourcesReadAt < SourceRefresh || !await _sourceGate.WaitAsync(0, cancellationToken)) return;
        try
        {
            if (clock.GetUtcNow() - _sourcesReadAt < SourceRefresh) return;
            var changed = await ReadSourcesAsync(cancellationToken);
            if (changed.Count > 0) await ApplyAsync(changed, [], cancellationToken);
        }
        finally
        {
            _sourceGate.Release();
        }
    }

    private async Task<IReadOnlyList<CatalogueUseCase>> ReadSourcesAsync(CancellationToken cancellationToken)
    {
        _sourcesReadAt = clock.GetUtcNow();
        var changed = new List<CatalogueUseCase>();
        foreach (var source in sources) changed.AddRange(await source.ChangedAsync(cancellationToken));
        return changed;
    }

    private CatalogueAnswerer Answerer() => new(_index!, new CatalogueAnswerOptions
    {
        CentralTeamContact = options.Value.CentralTeamContact,
        MinCoverage = options.Value.MinCoverage,
    });

    public void Dispose()
    {
        _index?.Dispose();
        _gate.Dispose();
        _sourceGate.Dispose();
    }
}
