using System.Text.Json.Nodes;

namespace GovernanceBot.Tests.Maturity;

/// <summary>Finds things in card JSON the way a reader scans the card: every node, depth first.</summary>
internal static class CardJsonSearch
{
    public static IEnumerable<JsonObject> Objects(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                    foreach (var found in Objects(child)) yield return found;
                break;
            case JsonArray array:
                foreach (var item in array)
                    foreach (var found in Objects(item)) yield return found;
                break;
        }
    }

    public static IEnumerable<JsonObject> OfType(JsonNode card, string type) => Objects(card).Where(o => (string?)o["type"] == type);

    /// <summary>All visible text: TextBlocks, fact titles and values, choice titles, input labels.</summary>
    public static IReadOnlyList<string> Texts(JsonNode card) =>
        Objects(card)
            .SelectMany(o => new[] { o["text"], o["label"], ((string?)o["type"]) is null ? o["title"] : null, o["value"] is JsonValue v && (string?)o["type"] is null && o["title"] is not null ? v : null })
            .OfType<JsonValue>()
            .Select(v => v.ToString())
            .ToList();

    public static IReadOnlyList<JsonObject> ExecuteActions(JsonNode card) => OfType(card, "Action.Execute").ToList();

    public static JsonObject Action(JsonNode card, string title) => ExecuteActions(card).Single(a => (string?)a["title"] == title);
}
