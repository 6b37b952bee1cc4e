using System.Globalization;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Modules;

namespace GovernanceBot.UseCases;

/// <summary>
/// What a use-case card carries in its actions (which use case, at which revision, which step, move or
/// action) and the inputs sent back with them. Parsed defensively: a modified client can send anything,
/// so unknown values become null and the handlers refuse them with a notice; nothing here is trusted for
/// authorisation.
/// </summary>
public sealed record UseCaseActionData : ICardData<UseCaseActionData>
{
    public const string CommentInput = "comment";
    public const string HubInput = "hubId";
    public const string DateInput = "deferDate";
    public const string PhaseInput = "phase";
    public const string MlopsInput = "mlopsLevel";
    public const string SupportInput = "supportContact";
    public const string MonitoringInput = "monitoringUrl";
    public const string KpiInput = "kpiValues";
    public const string GoLiveInput = "goLiveDate";

    /// <summary>The submission field listing the datasets used, one per line.</summary>
    public const string DatasetsField = "datasets";

    /// <summary>The catalogue typeahead's value: the ids picked, comma-separated as Teams sends a multi-select.</summary>
    public const string DatasetsPickedInput = "datasetsPicked";

    /// <summary>Card-carried ids and names are short; anything longer is forged and dropped.</summary>
    private const int MaxIdLength = 64;

    /// <summary>Longer than any field allows (2,000 characters) with room for line ends; a longer value is cut here and refused by the field's rule.</summary>
    private const int MaxInputLength = 4000;

    public static string RatingInput(EvaluationAxis axis) => "rating_" + axis;

    public static string RatingCommentInput(EvaluationAxis axis) => "ratingComment_" + axis;

    public Guid? UseCaseId { get; init; }
    public int? Revision { get; init; }
    public WizardStep? Step { get; init; }
    public WizardMove? Move { get; init; }
    public WizardStep? GoTo { get; init; }
    public LifecycleAction? Action { get; init; }

    /// <summary>The submission fields the card sent, by field id (only known ids are kept).</summary>
    public IReadOnlyDictionary<string, string?> Fields { get; init; } = new Dictionary<string, string?>();

    /// <summary>Every other input the card sent (comment, date, ratings, production facts).</summary>
    public IReadOnlyDictionary<string, string?> Inputs { get; init; } = new Dictionary<string, string?>();

    public string? Input(string name) => Inputs.GetValueOrDefault(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public JsonObject ToJson()
    {
        var json = new JsonObject();
        if (UseCaseId is { } id) json["useCaseId"] = id.ToString("D");
        if (Revision is { } revision) json["revision"] = revision;
        if (Step is { } step) json["step"] = step.ToString();
        if (Move is { } move) json["move"] = move.ToString();
        if (GoTo is { } goTo) json["goTo"] = goTo.ToString();
        if (Action is { } action) json["action"] = action.ToString();
        return json;
    }

    public static UseCaseActionData Read(CardActionData action)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        var inputs = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (name, node) in action.Data)
        {
            if (node is not JsonValue) continue;
            var value = action.GetString(name);
            if (value is { Length: > MaxInputLength }) value = value[..MaxInputLength] + " ";
            if (UseCaseFields.Find(name) is not null) fields[name] = value;
            else inputs[name] = value;
        }
        return new UseCaseActionData
        {
            UseCaseId = Guid.TryParse(Id(action, "useCaseId"), out var id) ? id : null,
            Revision = int.TryParse(Id(action, "revision"), NumberStyles.None, CultureInfo.InvariantCulture, out var revision) ? revision : null,
            Step = Named<WizardStep>(action, "step"),
            Move = Named<WizardMove>(action, "move"),
            GoTo = Named<WizardStep>(action, "goTo"),
            Action = Named<LifecycleAction>(action, "action"),
            Fields = fields,
            Inputs = inputs,
        };
    }

    private static string? Id(CardActionData action, string name) => action.GetString(name)?.Trim() is { Length: > 0 and <= MaxIdLength } id ? id : null;

    /// <summary>An enum value by its exact name; numbers and unknown names are not accepted.</summary>
    private static T? Named<T>(CardActionData action, string name) where T : struct, Enum =>
        Id(action, name) is { } text && Enum.GetNames<T>().Contains(text, StringComparer.Ordinal) ? Enum.Parse<T>(text) : null;
}
