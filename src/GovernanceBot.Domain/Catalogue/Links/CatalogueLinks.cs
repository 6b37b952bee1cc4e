namespace GovernanceBot.Domain.Catalogue.Links;

/// <summary>
/// The links kept beside the catalogues: the central team's decisions and the stored suggestions, looked up
/// by dataset or by use case. <see cref="Suggestions"/> is null when none were stored (a catalogue built in a
/// test or never imported): suggestions are then computed from the records when asked.
/// </summary>
public sealed class CatalogueLinks
{
    private readonly Dictionary<LinkPair, LinkDecision> _decisions;
    private readonly ILookup<string, LinkDecision> _decisionsByDataset;
    private readonly ILookup<string, LinkDecision> _decisionsByUseCase;
    private readonly ILookup<string, LinkSuggestion>? _suggestionsByDataset;
    private readonly ILookup<string, LinkSuggestion>? _suggestionsByUseCase;

    public CatalogueLinks(IEnumerable<LinkDecision> decisions, IReadOnlyList<LinkSuggestion>? suggestions)
        : this(decisions, suggestions,
            suggestions?.ToLookup(s => s.DatasetId, StringComparer.OrdinalIgnoreCase),
            suggestions?.ToLookup(s => s.UseCaseId, StringComparer.OrdinalIgnoreCase))
    {
    }

    /// <summary>Decisions change every few seconds, suggestions at imports: copies share the suggestions' indexes.</summary>
    private CatalogueLinks(
        IEnumerable<LinkDecision> decisions, IReadOnlyList<LinkSuggestion>? suggestions,
        ILookup<string, LinkSuggestion>? byDataset, ILookup<string, LinkSuggestion>? byUseCase)
    {
        _decisions = new Dictionary<LinkPair, LinkDecision>(LinkPair.Comparer);
        foreach (var decision in decisions) _decisions[new LinkPair(decision.DatasetId, decision.UseCaseId)] = decision;
        _decisionsByDataset = _decisions.Values.ToLookup(d => d.DatasetId, StringComparer.OrdinalIgnoreCase);
        _decisionsByUseCase = _decisions.Values.ToLookup(d => d.UseCaseId, StringComparer.OrdinalIgnoreCase);
        Suggestions = suggestions;
        _suggestionsByDataset = byDataset;
        _suggestionsByUseCase = byUseCase;
    }

    public static CatalogueLinks Empty { get; } = new([], null);

    public IReadOnlyCollection<LinkDecision> Decisions => _decisions.Values;

    /// <summary>The stored suggestions; null when suggestions were never stored for these catalogues.</summary>
    public IReadOnlyList<LinkSuggestion>? Suggestions { get; }

    public LinkDecision? DecisionFor(string datasetId, string useCaseId) => _decisions.GetValueOrDefault(new LinkPair(datasetId, useCaseId));

    public IEnumerable<LinkDecision> DecisionsForDataset(string datasetId) => _decisionsByDataset[datasetId];

    public IEnumerable<LinkDecision> DecisionsForUseCase(string useCaseId) => _decisionsByUseCase[useCaseId];

    /// <summary>Stored suggestions of a dataset, or null when none were stored at all.</summary>
    public IEnumerable<LinkSuggestion>? SuggestionsForDataset(string datasetId) => _suggestionsByDataset?[datasetId];

    public IEnumerable<LinkSuggestion>? SuggestionsForUseCase(string useCaseId) => _suggestionsByUseCase?[useCaseId];

    /// <summary>A copy with <paramref name="decision"/> added or replacing the pair's previous one.</summary>
    public CatalogueLinks With(LinkDecision decision) =>
        WithDecisions(_decisions.Values.Where(d => !LinkPair.Comparer.Equals(new(d.DatasetId, d.UseCaseId), new(decision.DatasetId, decision.UseCaseId))).Append(decision));

    /// <summary>A copy without the pair's decision.</summary>
    public CatalogueLinks Without(string datasetId, string useCaseId) =>
        WithDecisions(_decisions.Values.Where(d => !LinkPair.Comparer.Equals(new(d.DatasetId, d.UseCaseId), new(datasetId, useCaseId))));

    public CatalogueLinks WithDecisions(IEnumerable<LinkDecision> decisions) => new(decisions, Suggestions, _suggestionsByDataset, _suggestionsByUseCase);

    public CatalogueLinks WithSuggestions(IReadOnlyList<LinkSuggestion> suggestions) => new(_decisions.Values, suggestions);
}
