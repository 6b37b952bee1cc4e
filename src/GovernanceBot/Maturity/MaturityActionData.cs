using System.Globalization;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Modules;

namespace GovernanceBot.Maturity;

/// <summary>
/// What a maturity card carries in its actions, plus the inputs sent back with them. The question card
/// names the draft, its revision and the question it shows, so an action from an old copy is recognised.
/// Everything is parsed defensively: a modified client can send anything.
/// </summary>
public sealed record MaturityActionData : ICardData<MaturityActionData>
{
    public const string AnswerInput = "answer";
    public const string HubInput = "hubId";

    /// <summary>Longer than any accepted answer (option values and scale numbers are a few characters).</summary>
    public const int MaxAnswerLength = 64;

    /// <summary>Longer than any question id, GUID or revision the cards carry: a longer value is dropped.</summary>
    public const int MaxIdLength = 64;

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

    /// <summary>
    /// Reads the action's fields. An id longer than <see cref="MaxIdLength"/> is treated as absent, so a forged
    /// huge value never reaches a lookup. The hub id and the answer are kept whole so they are refused with
    /// their own notices: the hub directory finds no hub for an over-long id, the flow refuses an over-long answer.
    /// </summary>
    public static MaturityActionData From(CardActionData action) => new()
    {
        DraftId = Guid.TryParse(Id(action, "draftId"), out var draftId) ? draftId : null,
        Revision = int.TryParse(Id(action, "revision"), NumberStyles.None, CultureInfo.InvariantCulture, out var revision) ? revision : null,
        QuestionId = Id(action, "questionId"),
        HubId = NullIfBlank(action.GetString(HubInput)),
        AssessmentId = Guid.TryParse(Id(action, "assessmentId"), out var assessmentId) ? assessmentId : null,
        Answer = NullIfBlank(action.GetString(AnswerInput)),
    };

    /// <summary>Never refuses: every field is optional, and the flow answers each missing one with its own notice.</summary>
    public static MaturityActionData Read(CardActionData action) => From(action);

    private static string? Id(CardActionData action, string name) => NullIfBlank(action.GetString(name)) is { Length: <= MaxIdLength } id ? id : null;

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
