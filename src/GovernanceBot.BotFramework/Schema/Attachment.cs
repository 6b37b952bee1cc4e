using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace GovernanceBot.BotFramework.Schema;

/// <summary>A rich attachment; for Adaptive Cards <see cref="Content"/> is the card JSON.</summary>
public sealed class Attachment
{
    [JsonPropertyName("contentType")] public string? ContentType { get; set; }
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; set; }
    [JsonPropertyName("content")] public JsonNode? Content { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
}
