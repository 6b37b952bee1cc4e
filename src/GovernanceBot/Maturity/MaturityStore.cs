using System.Collections.Immutable;
using System.Text.Json;
using GovernanceBot.Domain.Maturity;
using GovernanceBot.Storage;

namespace GovernanceBot.Maturity;

/// <summary>
/// Maturity persistence, two tables designed for their questions (see docs/storage.md):
/// <list type="bullet">
/// <item><c>MaturityDrafts</c>: PartitionKey = user key, RowKey = hub id — "where is this user in their
/// assessment of this hub?" One open draft per user and hub; every write names the ETag it read.</item>
/// <item><c>MaturityAssessments</c>: PartitionKey = hub id, RowKey = inverted completion ticks + "_" +
/// assessment id — "this hub's assessments, newest first" is a plain partition scan, "latest" is Top 1.</item>
/// </list>
/// </summary>
public sealed class MaturityStore(ITableStorage storage)
{
    public const string DraftsTable = "MaturityDrafts";
    public const string AssessmentsTable = "MaturityAssessments";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private ITable Drafts => storage.GetTable(DraftsTable);
    private ITable Assessments => storage.GetTable(AssessmentsTable);

    public async Task<StoredDraft?> GetDraftAsync(string userKey, string hubId, CancellationToken cancellationToken)
    {
        var entity = await Drafts.GetAsync(userKey, hubId, cancellationToken);
        return entity is null ? null : new StoredDraft(ToDraft(entity), entity.ETag!);
    }

    /// <summary>Stores a new draft; throws <see cref="EntityAlreadyExistsException"/> if another one appeared meanwhile.</summary>
    public async Task<StoredDraft> AddDraftAsync(AssessmentDraft draft, CancellationToken cancellationToken)
    {
        var etag = await Drafts.AddAsync(ToEntity(draft), cancellationToken);
        return new StoredDraft(draft, etag);
    }

    /// <summary>Replaces the draft if it is still at <paramref name="etag"/>; throws <see cref="ConcurrencyConflictException"/> otherwise.</summary>
    public async Task<StoredDraft> ReplaceDraftAsync(AssessmentDraft draft, string etag, CancellationToken cancellationToken)
    {
        var newEtag = await Drafts.UpdateAsync(ToEntity(draft), etag, TableUpdateMode.Replace, cancellationToken);
        return new StoredDraft(draft, newEtag);
    }

    public Task DeleteDraftAsync(StoredDraft stored, CancellationToken cancellationToken) =>
        Drafts.DeleteAsync(stored.Draft.RespondentId, stored.Draft.HubId, stored.ETag, cancellationToken);

    public Task AddCompletedAsync(CompletedAssessment assessment, CancellationToken cancellationToken) =>
        Assessments.AddAsync(ToEntity(assessment), cancellationToken);

    /// <summary>The hub's finished assessments, newest first.</summary>
    public async Task<IReadOnlyList<CompletedAssessment>> ListCompletedAsync(string hubId, int top, CancellationToken cancellationToken)
    {
        var list = new List<CompletedAssessment>();
        var query = TableQuery.InPartition(hubId) with { Top = top };
        await foreach (var entity in Assessments.QueryAsync(query, cancellationToken)) list.Add(ToAssessment(entity));
        return list;
    }

    /// <summary>
    /// The hub's assessment finished just before <paramref name="assessment"/>, however old: row keys sort
    /// newest first, so it is the next row after the assessment's own.
    /// </summary>
    public async Task<CompletedAssessment?> FindPreviousAsync(CompletedAssessment assessment, CancellationToken cancellationToken)
    {
        var query = TableQuery.InPartition(assessment.HubId) with { RowKeyFrom = RowKeyOf(assessment), Top = 2 };
        await foreach (var entity in Assessments.QueryAsync(query, cancellationToken))
        {
            var found = ToAssessment(entity);
            if (found.Id != assessment.Id) return found;
        }
        return null;
    }

    public async Task<CompletedAssessment?> FindCompletedAsync(string hubId, Guid assessmentId, CancellationToken cancellationToken)
    {
        var query = TableQuery.InPartition(hubId) with { Filter = TableFilter.Equal("AssessmentId", assessmentId), Top = 1 };
        await foreach (var entity in Assessments.QueryAsync(query, cancellationToken)) return ToAssessment(entity);
        return null;
    }

    private static TableEntity ToEntity(AssessmentDraft draft) => new(draft.RespondentId, draft.HubId)
    {
        ["DraftId"] = draft.Id,
        ["QuestionnaireId"] = draft.QuestionnaireId,
        ["QuestionnaireVersion"] = draft.QuestionnaireVersion,
        ["CurrentIndex"] = draft.CurrentIndex,
        ["Revision"] = draft.Revision,
        ["Answers"] = JsonSerializer.Serialize(draft.Answers, Json),
        ["StartedAt"] = draft.StartedAt,
        ["UpdatedAt"] = draft.UpdatedAt,
    };

    private static AssessmentDraft ToDraft(TableEntity entity) => new()
    {
        Id = entity.GetGuid("DraftId")!.Value,
        HubId = entity.RowKey,
        RespondentId = entity.PartitionKey,
        QuestionnaireId = entity.GetString("QuestionnaireId")!,
        QuestionnaireVersion = entity.GetInt32("QuestionnaireVersion")!.Value,
        CurrentIndex = entity.GetInt32("CurrentIndex")!.Value,
        Revision = entity.GetInt32("Revision")!.Value,
        Answers = ReadAnswers(entity).ToImmutableDictionary(StringComparer.Ordinal),
        StartedAt = entity.GetDateTimeOffset("StartedAt")!.Value,
        UpdatedAt = entity.GetDateTimeOffset("UpdatedAt")!.Value,
    };

    private static TableEntity ToEntity(CompletedAssessment assessment)
    {
        var entity = new TableEntity(assessment.HubId, RowKeyOf(assessment))
        {
            ["AssessmentId"] = assessment.Id,
            ["RespondentId"] = assessment.RespondentId,
            ["CompletedAt"] = assessment.CompletedAt,
            ["QuestionnaireId"] = assessment.Score.QuestionnaireId,
            ["QuestionnaireVersion"] = assessment.Score.QuestionnaireVersion,
            ["Total"] = assessment.Score.Total,
            ["MaxScore"] = assessment.Score.MaxScore,
            ["BracketId"] = assessment.Score.BracketId,
            ["Categories"] = JsonSerializer.Serialize(assessment.Score.Categories, Json),
            ["Answers"] = JsonSerializer.Serialize(assessment.Answers, Json),
        };
        if (assessment.RespondentName is not null) entity["RespondentName"] = assessment.RespondentName;
        return entity;
    }

    private static string RowKeyOf(CompletedAssessment assessment) =>
        TableKeys.InvertedTicks(assessment.CompletedAt) + "_" + assessment.Id.ToString("D");

    private static CompletedAssessment ToAssessment(TableEntity entity) => new(
        entity.GetGuid("AssessmentId")!.Value,
        entity.PartitionKey,
        entity.GetString("RespondentId")!,
        entity.GetString("RespondentName"),
        entity.GetDateTimeOffset("CompletedAt")!.Value,
        ReadAnswers(entity),
        new MaturityScore(
            entity.GetString("QuestionnaireId")!,
            entity.GetInt32("QuestionnaireVersion")!.Value,
            entity.GetInt32("Total")!.Value,
            entity.GetInt32("MaxScore")!.Value,
            entity.GetString("BracketId")!,
            JsonSerializer.Deserialize<List<CategoryScore>>(entity.GetString("Categories")!, Json)!));

    private static Dictionary<string, string> ReadAnswers(TableEntity entity) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(entity.GetString("Answers") ?? "{}", Json)!;
}
