using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GovernanceBot.AdaptiveCards;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract class CardAction
{
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonIgnore] public ActionStyle? Style { get; init; }
    [JsonInclude, JsonPropertyName("style")] internal string? StyleName => CardEnum.Name(Style);
    [JsonPropertyName("tooltip")] public string? Tooltip { get; init; }
}

/// <summary>
/// Universal action: Teams sends an <c>adaptiveCard/action</c> invoke carrying <see cref="Verb"/> and
/// <see cref="Data"/> merged with the card's input values, and shows the card the bot answers with.
/// </summary>
public sealed class ExecuteAction : CardAction
{
    [JsonPropertyName("verb")] public required string Verb { get; init; }
    [JsonPropertyName("data")] public JsonObject? Data { get; init; }

    /// <summary>"none" skips input validation (Back, Cancel); "auto" validates required inputs.</summary>
    [JsonPropertyName("associatedInputs")] public string? AssociatedInputs { get; init; }
}

/// <summary>Legacy submit: arrives as a message whose value holds the data and inputs.</summary>
public sealed class SubmitAction : CardAction
{
    [JsonPropertyName("data")] public JsonObject? Data { get; init; }
    [JsonPropertyName("associatedInputs")] public string? AssociatedInputs { get; init; }
}

public sealed class OpenUrlAction : CardAction
{
    [JsonPropertyName("url")] public required string Url { get; init; }
}

public sealed class ShowCardAction : CardAction
{
    [JsonPropertyName("card")] public required AdaptiveCard Card { get; init; }
}
