namespace GovernanceBot.TestSupport.Loopback;

/// <summary>What a loopback server received, as it arrived on the wire (the target is not decoded).</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string? Authorization, string Body, DateTimeOffset ReceivedAt)
{
    /// <summary>The body as JSON, or null when it is empty or not a JSON object.</summary>
    public System.Text.Json.Nodes.JsonObject? Json =>
        string.IsNullOrWhiteSpace(Body) ? null : System.Text.Json.Nodes.JsonNode.Parse(Body) as System.Text.Json.Nodes.JsonObject;
}
