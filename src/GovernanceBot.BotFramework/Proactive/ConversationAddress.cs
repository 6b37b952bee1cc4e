namespace GovernanceBot.BotFramework.Proactive;

/// <summary>
/// An existing conversation the bot can post into without being asked: a personal chat, a group chat
/// or one channel thread. Comes from a stored conversation reference.
/// </summary>
public sealed record ConversationAddress(string ServiceUrl, string ConversationId, string BotId, string? TenantId);
