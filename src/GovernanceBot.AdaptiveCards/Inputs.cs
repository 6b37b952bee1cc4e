using System.Text.Json.Serialization;

namespace GovernanceBot.AdaptiveCards;

/// <summary>Common input properties; values come back in the action data keyed by <see cref="CardElement.Id"/>.</summary>
public abstract class InputElement : CardElement
{
    [JsonPropertyName("label")] public string? Label { get; init; }
    [JsonPropertyName("isRequired")] public bool? IsRequired { get; init; }
    [JsonPropertyName("errorMessage")] public string? ErrorMessage { get; init; }
}

public sealed class Choice
{
    public Choice() { }
    public Choice(string title, string value) { Title = title; Value = value; }
    [JsonPropertyName("title")] public string Title { get; init; } = "";
    [JsonPropertyName("value")] public string Value { get; init; } = "";
}

public sealed class ChoiceSetInput : InputElement
{
    [JsonPropertyName("choices")] public List<Choice> Choices { get; init; } = [];
    [JsonIgnore] public ChoiceInputStyle? Style { get; init; }
    [JsonInclude, JsonPropertyName("style")] internal string? StyleName => CardEnum.Name(Style);
    [JsonPropertyName("isMultiSelect")] public bool? IsMultiSelect { get; init; }
    [JsonPropertyName("value")] public string? Value { get; init; }
    [JsonPropertyName("placeholder")] public string? Placeholder { get; init; }
    [JsonPropertyName("wrap")] public bool? Wrap { get; init; } = true;

    /// <summary>Dynamic typeahead (Teams): choices fetched from the bot as the user types, with an <c>application/search</c> invoke.</summary>
    [JsonPropertyName("choices.data")] public DataQuery? ChoicesData { get; init; }
}

/// <summary>Where a typeahead choice set fetches its choices: the dataset name the bot's search handler answers for.</summary>
public sealed class DataQuery
{
    public DataQuery() { }
    public DataQuery(string dataset) { Dataset = dataset; }
    [JsonPropertyName("type")] public string Type => "Data.Query";
    [JsonPropertyName("dataset")] public string Dataset { get; init; } = "";
    [JsonPropertyName("count")] public int? Count { get; init; }
}

public sealed class TextInput : InputElement
{
    [JsonPropertyName("value")] public string? Value { get; init; }
    [JsonPropertyName("placeholder")] public string? Placeholder { get; init; }
    [JsonPropertyName("isMultiline")] public bool? IsMultiline { get; init; }
    [JsonPropertyName("maxLength")] public int? MaxLength { get; init; }
}

public sealed class NumberInput : InputElement
{
    [JsonPropertyName("value")] public double? Value { get; init; }
    [JsonPropertyName("min")] public double? Min { get; init; }
    [JsonPropertyName("max")] public double? Max { get; init; }
    [JsonPropertyName("placeholder")] public string? Placeholder { get; init; }
}

public sealed class ToggleInput : InputElement
{
    [JsonPropertyName("title")] public string Title { get; init; } = "";
    [JsonPropertyName("value")] public string? Value { get; init; }
}

public sealed class DateInput : InputElement
{
    [JsonPropertyName("value")] public string? Value { get; init; }
}
