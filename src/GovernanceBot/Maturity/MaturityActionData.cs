using System.Globalization;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Turns;

namespace GovernanceBot.Maturity;

/// <summary>
/// What a maturity card carries in its actions, plus the inputs sent back with them. The question card
/// names the draft, its revision and the question it shows, so an action from an old copy is recognised.
/// Everything is parsed defensively: a modified client can send anything.
/// </summary>
public sealed record MaturityActionData
{
    public const string AnswerInput = "answer";
    public const string HubInput = "hubId";

    public Guid? DraftId { get; init; }
    public int? Revision { get; init; }
    public string? QuestionId { get; init; }
    public string? HubId { get; init; }
    public Guid? AssessmentId { get; init; }

    /// <summary>The value of the answer input, null when empty.</summary>
    public string? Answer { get; init; }

    public JsonObject ToJson()
    {
        var json = new JsonObject();
        if (DraftId is { } draftId) json["draftId"] = draftId.ToString("N");
        if (Revision is { } revision) json["revision"] = revision;
        if (QuestionId is not null) json["questionId"] = QuestionId;
        if (HubId is not null) json["hubId"] = HubId;
        if (AssessmentId is { } assessmentId) json["assessmentId"] = assessmentId.ToString("N");
        return json;
    }

    public static MaturityActionData From(CardActionData action) => new()
    {
        DraftId = Guid.TryParse(action.GetString("draftId"), out var draftId) ? draftId : null,
        Revision = int.TryParse(action.GetString("revision"), NumberStyles.None, CultureInfo.InvariantCulture, out var revision) ? revision : null,
        QuestionId = NullIfBlank(action.GetString("questionId")),
        HubId = NullIfBlank(action.GetString(HubInput)),
        AssessmentId = Guid.TryParse(action.GetString("assessmentId"), out var assessmentId) ? assessmentId : null,
        Answer = NullIfBlank(action.GetString(AnswerInput)),
    };

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
