using System.Text.Json.Serialization;

namespace GovernanceBot.AdaptiveCards;

/// <summary>
/// A Teams gauge (<c>Chart.Gauge</c>): one value on a dial split into coloured segments. Hosts that do not
/// know Teams charts show the element's <see cref="CardElement.Fallback"/> instead, so always give one.
/// </summary>
public sealed class GaugeChart : CardElement
{
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("showTitle")] public bool? ShowTitle { get; init; }
    [JsonPropertyName("value")] public double Value { get; init; }
    [JsonPropertyName("min")] public double? Min { get; init; }
    [JsonPropertyName("max")] public double? Max { get; init; }
    [JsonPropertyName("subLabel")] public string? SubLabel { get; init; }
    [JsonPropertyName("showMinMax")] public bool? ShowMinMax { get; init; }
    [JsonPropertyName("showLegend")] public bool? ShowLegend { get; init; }

    /// <summary>"Fraction" (12/33) or "Percentage".</summary>
    [JsonPropertyName("valueFormat")] public string? ValueFormat { get; init; }

    [JsonPropertyName("segments")] public List<GaugeChartSegment> Segments { get; init; } = [];
}
