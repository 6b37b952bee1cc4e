using System.Text.Json.Serialization;

namespace GovernanceBot.AdaptiveCards;

public sealed class TextBlock : CardElement
{
    public TextBlock() { }
    public TextBlock(string text) => Text = text;

    [JsonPropertyName("text")] public string Text { get; init; } = "";
    [JsonPropertyName("wrap")] public bool? Wrap { get; init; } = true;
    [JsonIgnore] public TextSize? Size { get; init; }
    [JsonInclude, JsonPropertyName("size")] internal string? SizeName => CardEnum.Name(Size);
    [JsonIgnore] public TextWeight? Weight { get; init; }
    [JsonInclude, JsonPropertyName("weight")] internal string? WeightName => CardEnum.Name(Weight);
    [JsonIgnore] public TextColor? Color { get; init; }
    [JsonInclude, JsonPropertyName("color")] internal string? ColorName => CardEnum.Name(Color);
    [JsonPropertyName("isSubtle")] public bool? IsSubtle { get; init; }
    [JsonPropertyName("maxLines")] public int? MaxLines { get; init; }
    [JsonPropertyName("style")] public string? Style { get; init; }
}

public sealed class Fact
{
    public Fact() { }
    public Fact(string title, string value) { Title = title; Value = value; }
    [JsonPropertyName("title")] public string Title { get; init; } = "";
    [JsonPropertyName("value")] public string Value { get; init; } = "";
}

public sealed class FactSet : CardElement
{
    [JsonPropertyName("facts")] public List<Fact> Facts { get; init; } = [];
}

public sealed class Column
{
    [JsonPropertyName("type")] public string Type => "Column";
    [JsonPropertyName("width")] public string? Width { get; init; }
    [JsonPropertyName("verticalContentAlignment")] public string? VerticalContentAlignment { get; init; }
    [JsonIgnore] public ContainerStyle? Style { get; init; }
    [JsonInclude, JsonPropertyName("style")] internal string? StyleName => CardEnum.Name(Style);
    [JsonPropertyName("items")] public List<CardElement> Items { get; init; } = [];
}

public sealed class ColumnSet : CardElement
{
    [JsonPropertyName("columns")] public List<Column> Columns { get; init; } = [];
}

public sealed class Container : CardElement
{
    [JsonIgnore] public ContainerStyle? Style { get; init; }
    [JsonInclude, JsonPropertyName("style")] internal string? StyleName => CardEnum.Name(Style);
    [JsonPropertyName("bleed")] public bool? Bleed { get; init; }
    [JsonPropertyName("items")] public List<CardElement> Items { get; init; } = [];
}

public sealed class Image : CardElement
{
    [JsonPropertyName("url")] public string Url { get; init; } = "";
    [JsonPropertyName("altText")] public string? AltText { get; init; }
    [JsonIgnore] public ImageSize? Size { get; init; }
    [JsonInclude, JsonPropertyName("size")] internal string? SizeName => CardEnum.Name(Size);
}

public sealed class ActionSet : CardElement
{
    [JsonPropertyName("actions")] public List<CardAction> Actions { get; init; } = [];
}
