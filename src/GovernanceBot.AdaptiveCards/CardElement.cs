using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GovernanceBot.AdaptiveCards;

/// <summary>Base of every body element; the JSON "type" is written from the derived type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(GaugeChart), "Chart.Gauge")]
[JsonDerivedType(typeof(VerticalBarChart), "Chart.VerticalBar")]
[JsonDerivedType(typeof(ProgressBar), "ProgressBar")]
public abstract class CardElement
{
    [JsonPropertyName("id")] public string? Id { get; init; }
    [JsonIgnore] public Spacing? Spacing { get; init; }
    [JsonInclude, JsonPropertyName("spacing")] internal string? SpacingName => CardEnum.Name(Spacing);
    [JsonPropertyName("separator")] public bool? Separator { get; init; }
    [JsonPropertyName("isVisible")] public bool? IsVisible { get; init; }
    [JsonIgnore] public HorizontalAlignment? HorizontalAlignment { get; init; }
    [JsonInclude, JsonPropertyName("horizontalAlignment")] internal string? HorizontalAlignmentName => CardEnum.Name(HorizontalAlignment);

    /// <summary>What older hosts show instead of an element they cannot render ("drop" or another element).</summary>
    [JsonPropertyName("fallback")] public JsonNode? Fallback { get; init; }
}

public enum Spacing { None, Small, Default, Medium, Large, ExtraLarge, Padding }
public enum HorizontalAlignment { Left, Center, Right }
public enum TextSize { Small, Default, Medium, Large, ExtraLarge }
public enum TextWeight { Lighter, Default, Bolder }
public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }
public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }
public enum ActionStyle { Default, Positive, Destructive }
public enum ChoiceInputStyle { Compact, Expanded, Filtered }
public enum ImageSize { Auto, Stretch, Small, Medium, Large }
