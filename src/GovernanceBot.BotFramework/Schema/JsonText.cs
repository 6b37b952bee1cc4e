using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovernanceBot.BotFramework.Schema;

/// <summary>Reads loosely typed JSON from channels without trusting its shape.</summary>
public static class JsonText
{
    /// <summary>The node's value when it is a JSON string; null for anything else (number, object, missing).</summary>
    public static string? Of(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>The string at <paramref name="path"/> through nested objects (e.g. channelData.team.id); null when any step is missing or not an object.</summary>
    public static string? At(JsonNode? node, params string[] path)
    {
        foreach (var name in path)
        {
            if (node is not JsonObject obj) return null;
            node = obj[name];
        }
        return Of(node);
    }
}
