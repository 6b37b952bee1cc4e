using System.Text.Json.Serialization;

namespace GovernanceBot.AdaptiveCards;

/// <summary>One bar of a <see cref="VerticalBarChart"/>.</summary>
public sealed class VerticalBarChartDatum
{
    public VerticalBarChartDatum() { }
    public VerticalBarChartDatum(string x, double y) { X = x; Y = y; }

    [JsonPropertyName("x")] public string X { get; init; } = "";
    [JsonPropertyName("y")] public double Y { get; init; }
    [JsonPropertyName("color")] public string? Color { get; init; }
}
