using GovernanceBot.BotFramework.Proactive;

namespace GovernanceBot.Delivery.Outbox;

/// <summary>
/// A message the outbox delivered: where it went (for a new thread, the thread's conversation id, so replies
/// land in it) and the activity id the connector returned, so the post can be edited in place later.
/// </summary>
public sealed record SentPost(string OccurrenceId, string RecipientKey, string ServiceUrl, string ConversationId, string? ActivityId,
    string BotId, string? TenantId, string Label, DateTimeOffset SentAt)
{
    public SentMessage Message => new(ServiceUrl, ConversationId, ActivityId);
}
