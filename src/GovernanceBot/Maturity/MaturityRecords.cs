using System.Collections.Immutable;
using GovernanceBot.Domain.Maturity;
using GovernanceBot.Storage;
using GovernanceBot.Storage.Records;

namespace GovernanceBot.Maturity;

/// <summary>
/// A row of <c>MaturityDrafts</c>: PartitionKey = user key, RowKey = hub id (both only as keys), the rest as
/// columns of the same names; answers as a JSON object.
/// </summary>
internal sealed record DraftRecord(
    [PartitionKey] string RespondentId,
    [RowKey] string HubId,
    Guid DraftId,
    string QuestionnaireId,
    int QuestionnaireVersion,
    int CurrentIndex,
    int Revision,
    IReadOnlyDictionary<string, string>? Answers,
    DateTimeOffset StartedAt,
    DateTimeOffset UpdatedAt)
{
    public static readonly TableRecordMap<DraftRecord> Map = new(MaturityStore.DraftsTable);

    public static DraftRecord From(AssessmentDraft draft) => new(
        draft.RespondentId, draft.HubId, draft.Id, draft.QuestionnaireId, draft.QuestionnaireVersion,
        draft.CurrentIndex, draft.Revision, draft.Answers, draft.StartedAt, draft.UpdatedAt);

    public AssessmentDraft ToDraft() => new()
    {
        Id = DraftId,
        HubId = HubId,
        RespondentId = RespondentId,
        QuestionnaireId = QuestionnaireId,
        QuestionnaireVersion = QuestionnaireVersion,
        CurrentIndex = CurrentIndex,
        Revision = Revision,
        Answers = (Answers ?? ImmutableDictionary<string, string>.Empty).ToImmutableDictionary(StringComparer.Ordinal),
        StartedAt = StartedAt,
        UpdatedAt = UpdatedAt,
    };
}

/// <summary>
/// A row of <c>MaturityAssessments</c>: PartitionKey = hub id (only as the key), RowKey = inverted completion
/// ticks + "_" + assessment id, so a partition scan lists the newest first. The score is flattened into
/// columns; categories and answers are JSON.
/// </summary>
internal sealed record AssessmentRecord(
    [PartitionKey] string HubId,
    Guid AssessmentId,
    string RespondentId,
    string? RespondentName,
    DateTimeOffset CompletedAt,
    string QuestionnaireId,
    int QuestionnaireVersion,
    int Total,
    int MaxScore,
    string BracketId,
    IReadOnlyList<CategoryScore> Categories,
    IReadOnlyDictionary<string, string>? Answers)
{
    public static readonly TableRecordMap<AssessmentRecord> Map = new(MaturityStore.AssessmentsTable, rowKey: r => RowKeyOf(r.CompletedAt, r.AssessmentId));

    public static string RowKeyOf(DateTimeOffset completedAt, Guid assessmentId) => TableKeys.InvertedTicks(completedAt) + "_" + assessmentId.ToString("D");

    public static AssessmentRecord From(CompletedAssessment assessment) => new(
        assessment.HubId, assessment.Id, assessment.RespondentId, assessment.RespondentName, assessment.CompletedAt,
        assessment.Score.QuestionnaireId, assessment.Score.QuestionnaireVersion, assessment.Score.Total, assessment.Score.MaxScore,
        assessment.Score.BracketId, assessment.Score.Categories, assessment.Answers);

    public CompletedAssessment ToAssessment() => new(
        AssessmentId, HubId, RespondentId, RespondentName, CompletedAt, Answers ?? new Dictionary<string, string>(),
        new MaturityScore(QuestionnaireId, QuestionnaireVersion, Total, MaxScore, BracketId, Categories));
}
