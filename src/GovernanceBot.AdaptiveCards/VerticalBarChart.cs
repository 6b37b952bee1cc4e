using System.Text.Json.Serialization;

namespace GovernanceBot.AdaptiveCards;

/// <summary>
/// A Teams vertical bar chart (<c>Chart.VerticalBar</c>). Hosts that do not know Teams charts show the
/// element's <see cref="CardElement.Fallback"/> instead, so always give one.
/// </summary>
public sealed class VerticalBarChart : CardElement
{
    [JsonPropertyName("title")] public string? Title { get; init; }
    [JsonPropertyName("xAxisTitle")] public string? XAxisTitle { get; init; }
    [JsonPropertyName("yAxisTitle")] public string? YAxisTitle { get; init; }
    [JsonPropertyName("colorSet")] public string? ColorSet { get; init; }
    [JsonPropertyName("showBarValues")] public bool? ShowBarValues { get; init; }
    [JsonPropertyName("data")] public List<VerticalBarChartDatum> Data { get; init; } = [];
}
