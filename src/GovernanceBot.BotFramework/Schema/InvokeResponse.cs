using System.Text.Json.Nodes;

namespace GovernanceBot.BotFramework.Schema;

/// <summary>The HTTP status and body a handler produced for an invoke activity.</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body)
{
    /// <summary>
    /// The universal-action answer to an Action.Execute: HTTP 200 carrying its own status code, a content
    /// type (a card, a message, an error) and the value.
    /// </summary>
    public static InvokeResponse ForCardAction(int statusCode, string contentType, JsonNode value) =>
        new(200, new JsonObject { ["statusCode"] = statusCode, ["type"] = contentType, ["value"] = value });

    /// <summary>The answer to an <c>application/search</c> invoke: the choices to show, each a title and the value submitted.</summary>
    public static InvokeResponse ForSearch(IEnumerable<(string Title, string Value)> results) =>
        new(200, new JsonObject
        {
            ["type"] = ContentTypes.SearchResponse,
            ["value"] = new JsonObject { ["results"] = new JsonArray([.. results.Select(r => (JsonNode)new JsonObject { ["title"] = r.Title, ["value"] = r.Value })]) },
        });
}
