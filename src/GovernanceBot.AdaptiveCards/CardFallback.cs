using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovernanceBot.AdaptiveCards;

/// <summary>Builds values for <see cref="CardElement.Fallback"/>: another element, or "drop" to show nothing.</summary>
public static class CardFallback
{
    public static JsonNode To(CardElement element) => JsonSerializer.SerializeToNode(element, CardJson.Options)!;

    public static JsonNode Drop => JsonValue.Create("drop");
}
