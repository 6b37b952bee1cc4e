using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace GovernanceBot.AdaptiveCards;

/// <summary>
/// An Adaptive Card (schema 1.5, the version Teams renders). Build it with the typed elements in this
/// assembly, then call <see cref="ToJson"/> to get the attachment content.
/// </summary>
public sealed class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string SchemaVersion = "1.5";

    [JsonPropertyName("type")] public string Type => "AdaptiveCard";
    [JsonPropertyName("$schema")] public string Schema => "http://adaptivecards.io/schemas/adaptive-card.json";
    [JsonPropertyName("version")] public string Version { get; init; } = SchemaVersion;
    [JsonPropertyName("lang")] public string? Lang { get; init; }
    [JsonPropertyName("fallbackText")] public string? FallbackText { get; init; }
    [JsonPropertyName("speak")] public string? Speak { get; init; }
    [JsonPropertyName("body")] public List<CardElement> Body { get; init; } = [];
    [JsonPropertyName("actions")] public List<CardAction>? Actions { get; init; }
    [JsonPropertyName("refresh")] public CardRefresh? Refresh { get; init; }

    /// <summary>Teams-specific options; full width reads better for forms and reports.</summary>
    [JsonPropertyName("msteams")] public JsonObject? MsTeams { get; init; } = new() { ["width"] = "Full" };

    private JsonElement? _prepared;

    /// <summary>
    /// Serializes the card once, for a card built once and sent many times (the same for everyone, cached per
    /// language): <see cref="ToJson"/> then wraps that JSON, read-only and shared, instead of serializing the
    /// card again for each reply. Changes made to the card afterwards are not seen.
    /// </summary>
    public AdaptiveCard Prepare()
    {
        _prepared = JsonSerializer.SerializeToElement(this, CardJson.Options);
        return this;
    }

    /// <summary>The attachment content; a prepared card's is a wrapper over its JSON, copied only if someone edits it.</summary>
    public JsonObject ToJson() => _prepared is { } json ? JsonObject.Create(json)! : (JsonObject)JsonSerializer.SerializeToNode(this, CardJson.Options)!;

    public override string ToString() => JsonSerializer.Serialize(this, CardJson.Options);
}

/// <summary>Auto-refresh: Teams calls the bot with this action when the card is shown, to fetch a current version.</summary>
public sealed class CardRefresh
{
    [JsonPropertyName("action")] public required ExecuteAction Action { get; init; }
    [JsonPropertyName("userIds")] public List<string>? UserIds { get; init; }
}

/// <summary>Serializer options for card JSON: camelCase, nulls omitted, enums as their card names.</summary>
public static class CardJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        // Compile-time metadata for the card types, so the first card after a start is not built by reflection.
        TypeInfoResolver = JsonTypeInfoResolver.Combine(CardJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };
}

[JsonSerializable(typeof(AdaptiveCard))]
[JsonSerializable(typeof(CardElement))]
internal sealed partial class CardJsonContext : JsonSerializerContext;
