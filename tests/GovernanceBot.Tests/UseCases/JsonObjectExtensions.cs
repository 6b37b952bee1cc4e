using System.Text.Json.Nodes;

namespace GovernanceBot.Tests.UseCases;

internal static class JsonObjectExtensions
{
    /// <summary>Adds <paramref name="other"/>'s properties (copies) to this object, as Teams merges action data with inputs.</summary>
    public static JsonObject Also(this JsonObject json, JsonObject other)
    {
        foreach (var (key, value) in other) json[key] = value?.DeepClone();
        return json;
    }

    /// <summary>Every object in the card (elements, actions, nested), depth first.</summary>
    public static IEnumerable<JsonObject> Descendants(this JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                yield return o;
                foreach (var (_, child) in o)
                    foreach (var found in Descendants(child)) yield return found;
                break;
            case JsonArray a:
                foreach (var child in a)
                    foreach (var found in Descendants(child)) yield return found;
                break;
        }
    }
}
