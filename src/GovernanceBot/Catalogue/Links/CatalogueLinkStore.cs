using GovernanceBot.Domain.Catalogue.Links;
using GovernanceBot.Storage;
using GovernanceBot.Storage.Records;

namespace GovernanceBot.Catalogue.Links;

/// <summary>
/// Links between datasets and use cases beside the catalogues, in table <c>CatalogueLinks</c> (docs/storage.md):
/// <list type="bullet">
/// <item>PartitionKey <c>decision</c>, RowKey = the pair (encoded lower-case dataset id, <c>|</c>, use case id):
/// the central team's decisions — "what was decided about this pair?" (point read; every change names the
/// ETag it read) and "every decision" (one small partition, re-read every few seconds by each instance).</item>
/// <item>PartitionKey <c>suggestion</c>, same RowKey, with the score: the suggestions computed when a catalogue
/// is imported — "every suggestion" (partition scan at start-up); an import rewrites only what changed, in
/// transactions of 100.</item>
/// <item>PartitionKey <c>meta</c>, RowKey <c>suggestions</c>: which version of the suggestion rules produced
/// them, so a bot whose rules changed (or that predates stored suggestions) recomputes them once at start-up.</item>
/// </list>
/// </summary>
public sealed class CatalogueLinkStore(ITableStorage storage)
{
    public const string TableName = "CatalogueLinks";
    private const string DecisionPartition = "decision";
    private const string SuggestionPartition = "suggestion";
    private const string MetaPartition = "meta";
    private const string SuggestionsMeta = "suggestions";
    private const int TransactionSize = 100;

    /// <summary>Attempts when another writer changes the same pair between our read and our write.</summary>
    private const int Attempts = 3;

    private static readonly TableRecordMap<LinkDecision> Decisions = new(TableName, _ => DecisionPartition, d => PairKey(d.DatasetId, d.UseCaseId));
    private static readonly TableRecordMap<LinkSuggestion> Suggestions = new(TableName, _ => SuggestionPartition, s => PairKey(s.DatasetId, s.UseCaseId));

    private ITable Table => storage.GetTable(TableName);

    /// <summary>The row key of a pair; <c>|</c> is escaped inside ids so two pairs never share a key.</summary>
    public static string PairKey(string datasetId, string useCaseId) => Escape(datasetId) + "|" + Escape(useCaseId);

    private static string Escape(string id) => TableKeys.Encode(id.Trim().ToLowerInvariant()).Replace("|", "~7C", StringComparison.Ordinal);

    public async Task<IReadOnlyList<LinkDecision>> LoadDecisionsAsync(CancellationToken cancellationToken)
    {
        var decisions = new List<LinkDecision>();
        await foreach (var stored in storage.Records(Decisions).QueryAsync(TableQuery.InPartition(DecisionPartition), cancellationToken)) decisions.Add(stored.Value);
        return decisions;
    }

    /// <summary>The stored suggestions, or null when none were ever stored (nor which rules made them).</summary>
    public async Task<(IReadOnlyList<LinkSuggestion>? Suggestions, int Version)> LoadSuggestionsAsync(CancellationToken cancellationToken)
    {
        var version = await SuggestionsVersionAsync(cancellationToken);
        if (version == 0) return (null, 0);
        var suggestions = new List<LinkSuggestion>();
        await foreach (var stored in storage.Records(Suggestions).QueryAsync(TableQuery.InPartition(SuggestionPartition), cancellationToken)) suggestions.Add(stored.Value);
        return (suggestions, version);
    }

    /// <summary>The version of the rules the stored suggestions were computed with; 0 when none were stored.</summary>
    public async Task<int> SuggestionsVersionAsync(CancellationToken cancellationToken) =>
        (await Table.GetAsync(MetaPartition, SuggestionsMeta, cancellationToken))?.GetInt32("Version") ?? 0;

    /// <summary>
    /// Makes the stored suggestions equal <paramref name="next"/>: adds and re-scores what changed, deletes
    /// what is no longer suggested, then records the rules' version. Returns how many rows were written and deleted.
    /// </summary>
    public async Task<(int Written, int Deleted)> ReplaceSuggestionsAsync(IReadOnlyList<LinkSuggestion> next, int version, CancellationToken cancellationToken)
    {
        var table = storage.Records(Suggestions);
        var stored = new Dictionary<string, LinkSuggestion>(StringComparer.Ordinal);
        await foreach (var row in table.QueryAsync(TableQuery.InPartition(SuggestionPartition), cancellationToken)) stored[PairKey(row.Value.DatasetId, row.Value.UseCaseId)] = row.Value;
        var wanted = new Dictionary<string, LinkSuggestion>(StringComparer.Ordinal);
        foreach (var suggestion in next) wanted[PairKey(suggestion.DatasetId, suggestion.UseCaseId)] = suggestion;

        var actions = new List<TableTransactionAction>();
        foreach (var (key, suggestion) in wanted)
        {
            if (stored.TryGetValue(key, out var old) && old == suggestion) continue;
            actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, Suggestions.ToEntity(suggestion)));
        }
        var written = actions.Count;
        foreach (var key in stored.Keys.Where(k => !wanted.ContainsKey(k)))
        {
            actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(SuggestionPartition, key)));
        }
        foreach (var chunk in actions.Chunk(TransactionSize)) await Table.SubmitTransactionAsync(chunk, cancellationToken);
        await Table.UpsertAsync(new TableEntity(MetaPartition, SuggestionsMeta)
        {
            ["Version"] = version,
            ["Count"] = wanted.Count,
            ["ComputedAt"] = DateTimeOffset.UtcNow,
        }, TableUpdateMode.Replace, cancellationToken);
        return (written, actions.Count - written);
    }

    public async Task<Stored<LinkDecision>?> GetDecisionAsync(string datasetId, string useCaseId, CancellationToken cancellationToken) =>
        await storage.Records(Decisions).GetAsync(DecisionPartition, PairKey(datasetId, useCaseId), cancellationToken);

    /// <summary>
    /// Stores <paramref name="decision"/> for its pair. When the pair already has a decision, <paramref name="replaces"/>
    /// says whether this one may take its place (a typed command may; a click on a suggestion someone else
    /// already decided may not). Every write names the ETag it read; a concurrent change is read again.
    /// </summary>
    public async Task<DecisionWrite> DecideAsync(LinkDecision decision, Func<LinkDecision, bool> replaces, CancellationToken cancellationToken)
    {
        var table = storage.Records(Decisions);
        for (var attempt = 1; ; attempt++)
        {
            var current = await GetDecisionAsync(decision.DatasetId, decision.UseCaseId, cancellationToken);
            try
            {
                if (current is null)
                {
                    await table.AddAsync(decision, cancellationToken);
                    return new DecisionWrite(DecisionOutcome.Written, decision);
                }
                if (current.Value.State == decision.State && current.Value.Role == decision.Role) return new DecisionWrite(DecisionOutcome.Unchanged, current.Value);
                if (!replaces(current.Value)) return new DecisionWrite(DecisionOutcome.AlreadyDecided, current.Value);
                await table.UpdateAsync(decision, current.ETag, TableUpdateMode.Replace, cancellationToken);
                return new DecisionWrite(DecisionOutcome.Written, decision);
            }
            catch (Exception e) when (e is EntityAlreadyExistsException or ConcurrencyConflictException or EntityNotFoundException && attempt < Attempts)
            {
                // Someone else wrote this pair meanwhile: read it again and decide on what is there now.
            }
        }
    }

    /// <summary>Deletes the pair's decision (against the ETag read); returns the decision removed, or null when there was none.</summary>
    public async Task<LinkDecision?> RemoveDecisionAsync(string datasetId, string useCaseId, CancellationToken cancellationToken)
    {
        var table = storage.Records(Decisions);
        for (var attempt = 1; ; attempt++)
        {
            if (await GetDecisionAsync(datasetId, useCaseId, cancellationToken) is not { } current) return null;
            try
            {
                await table.DeleteAsync(current, cancellationToken);
                return current.Value;
            }
            catch (ConcurrencyConflictException) when (attempt < Attempts)
            {
                // Changed between the read and the delete: read it again.
            }
        }
    }
}

/// <summary>What <see cref="CatalogueLinkStore.DecideAsync"/> did, and the pair's decision now.</summary>
public sealed record DecisionWrite(DecisionOutcome Outcome, LinkDecision Current);

public enum DecisionOutcome
{
    /// <summary>The decision is stored.</summary>
    Written,

    /// <summary>The pair already had this decision (a double click, a repeated command): nothing changed.</summary>
    Unchanged,

    /// <summary>The pair had another decision that this one may not replace: nothing changed.</summary>
    AlreadyDecided,
}
