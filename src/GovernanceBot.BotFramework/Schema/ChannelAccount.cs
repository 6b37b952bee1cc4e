using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovernanceBot.BotFramework.Schema;

/// <summary>A user or bot in a conversation; <see cref="AadObjectId"/> is the Entra object id Teams supplies.</summary>
public sealed class ChannelAccount
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; set; }
    [JsonPropertyName("role")] public string? Role { get; set; }
    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }
}
