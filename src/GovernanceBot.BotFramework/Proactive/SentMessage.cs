namespace GovernanceBot.BotFramework.Proactive;

/// <summary>
/// A message the connector accepted: where it is and its activity id, kept so a later decision can
/// edit or remove the same post. For a new channel thread the conversation is the thread itself.
/// <see cref="ActivityId"/> is null only when a channel accepted the message without saying its id
/// (Teams always says it): the message was delivered but cannot be edited later.
/// </summary>
public sealed record SentMessage(string ServiceUrl, string ConversationId, string? ActivityId);
