using System.Text.Json.Serialization;

namespace GovernanceBot.AdaptiveCards;

/// <summary>One arc of a <see cref="GaugeChart"/>: its size on the dial, legend and colour ("good", "warning", "attention"…).</summary>
public sealed class GaugeChartSegment
{
    [JsonPropertyName("size")] public double Size { get; init; }
    [JsonPropertyName("legend")] public string? Legend { get; init; }
    [JsonPropertyName("color")] public string? Color { get; init; }
}
