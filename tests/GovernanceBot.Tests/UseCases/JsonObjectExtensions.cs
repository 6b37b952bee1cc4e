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
}
