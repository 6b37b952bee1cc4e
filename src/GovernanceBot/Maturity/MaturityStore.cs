using GovernanceBot.Domain.Maturity;
using GovernanceBot.Storage;
using GovernanceBot.Storage.Records;

namespace GovernanceBot.Maturity;

/// <summary>
/// Maturity persistence, two tables designed for their questions (see docs/storage.md):
/// <list type="bullet">
/// <item><c>MaturityDrafts</c>: PartitionKey = user key, RowKey = hub id — "where is this user in their
/// assessment of this hub?" One open draft per user and hub; every write names the ETag it read.</item>
/// <item><c>MaturityAssessments</c>: PartitionKey = hub id, RowKey = inverted completion ticks + "_" +
/// assessment id — "this hub's assessments, newest first" is a plain partition scan, "latest" is Top 1.</item>
/// </list>
/// The row layouts are <see cref="DraftRecord"/> and <see cref="AssessmentRecord"/>.
/// </summary>
public sealed class MaturityStore(ITableStorage storage)
{
    public const string DraftsTable = "MaturityDrafts";
    public const string AssessmentsTable = "MaturityAssessments";

    private RecordTable<DraftRecord> Drafts => storage.Records(DraftRecord.Map);
    private RecordTable<AssessmentRecord> Assessments => storage.Records(AssessmentRecord.Map);

    public async Task<StoredDraft?> GetDraftAsync(string userKey, string hubId, CancellationToken cancellationToken) =>
        await Drafts.GetAsync(userKey, hubId, cancellationToken) is { } stored ? new StoredDraft(stored.Value.ToDraft(), stored.ETag) : null;

    /// <summary>Stores a new draft; throws <see cref="EntityAlreadyExistsException"/> if another one appeared meanwhile.</summary>
    public async Task<StoredDraft> AddDraftAsync(AssessmentDraft draft, CancellationToken cancellationToken)
    {
        var stored = await Drafts.AddAsync(DraftRecord.From(draft), cancellationToken);
        return new StoredDraft(draft, stored.ETag);
    }

    /// <summary>Replaces the draft if it is still at <paramref name="etag"/>; throws <see cref="ConcurrencyConflictException"/> otherwise.</summary>
    public async Task<StoredDraft> ReplaceDraftAsync(AssessmentDraft draft, string etag, CancellationToken cancellationToken)
    {
        var stored = await Drafts.UpdateAsync(DraftRecord.From(draft), etag, TableUpdateMode.Replace, cancellationToken);
        return new StoredDraft(draft, stored.ETag);
    }

    public Task DeleteDraftAsync(StoredDraft stored, CancellationToken cancellationToken) =>
        Drafts.DeleteAsync(new Stored<DraftRecord>(DraftRecord.From(stored.Draft), stored.ETag), cancellationToken);

    public Task AddCompletedAsync(CompletedAssessment assessment, CancellationToken cancellationToken) =>
        Assessments.AddAsync(AssessmentRecord.From(assessment), cancellationToken);

    /// <summary>The hub's finished assessments, newest first.</summary>
    public async Task<IReadOnlyList<CompletedAssessment>> ListCompletedAsync(string hubId, int top, CancellationToken cancellationToken)
    {
        var list = new List<CompletedAssessment>();
        var query = TableQuery.InPartition(hubId) with { Top = top };
        await foreach (var stored in Assessments.QueryAsync(query, cancellationToken)) list.Add(stored.Value.ToAssessment());
        return list;
    }

    /// <summary>
    /// The hub's assessment finished just before <paramref name="assessment"/>, however old: row keys sort
    /// newest first, so it is the next row after the assessment's own.
    /// </summary>
    public async Task<CompletedAssessment?> FindPreviousAsync(CompletedAssessment assessment, CancellationToken cancellationToken)
    {
        var query = TableQuery.InPartition(assessment.HubId) with { RowKeyFrom = AssessmentRecord.RowKeyOf(assessment.CompletedAt, assessment.Id), Top = 2 };
        await foreach (var stored in Assessments.QueryAsync(query, cancellationToken))
        {
            if (stored.Value.AssessmentId != assessment.Id) return stored.Value.ToAssessment();
        }
        return null;
    }

    public async Task<CompletedAssessment?> FindCompletedAsync(string hubId, Guid assessmentId, CancellationToken cancellationToken)
    {
        var query = TableQuery.InPartition(hubId) with { Filter = TableFilter.Equal(nameof(AssessmentRecord.AssessmentId), assessmentId), Top = 1 };
        await foreach (var stored in Assessments.QueryAsync(query, cancellationToken)) return stored.Value.ToAssessment();
        return null;
    }
}
