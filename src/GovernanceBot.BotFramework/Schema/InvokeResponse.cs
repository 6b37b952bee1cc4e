using System.Text.Json.Nodes;

namespace GovernanceBot.BotFramework.Schema;

/// <summary>The HTTP status and body a handler produced for an invoke activity.</summary>
public sealed record InvokeResponse(int Status, JsonNode? Body);
