using System.Text.Json.Serialization;

namespace GovernanceBot.AdaptiveCards;

/// <summary>
/// A native progress bar (<c>ProgressBar</c>), which Teams renders; hosts that do not know it show the
/// element's <see cref="CardElement.Fallback"/> instead, so always give one.
/// </summary>
public sealed class ProgressBar : CardElement
{
    [JsonPropertyName("value")] public double Value { get; init; }
    [JsonPropertyName("max")] public double? Max { get; init; }

    /// <summary>"Accent" (default), "Good", "Warning" or "Attention".</summary>
    [JsonPropertyName("color")] public string? Color { get; init; }
}
