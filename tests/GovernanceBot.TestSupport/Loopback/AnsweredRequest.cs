namespace GovernanceBot.TestSupport.Loopback;

/// <summary>A request the loopback connector answered, the conversation it was about, and the answer it got.</summary>
public sealed record AnsweredRequest(RecordedRequest Request, string ConversationId, int Status, string? Body);
