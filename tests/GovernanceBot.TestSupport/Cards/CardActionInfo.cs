using System.Text.Json.Nodes;

namespace GovernanceBot.TestSupport.Cards;

/// <summary>An action of a rendered card as the renderer sees it (for Execute/Submit after a click, data includes the inputs).</summary>
public sealed record CardActionInfo(string Type, string? Title, string? Verb, JsonNode? Data, string? Url);
