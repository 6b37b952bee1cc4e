namespace GovernanceBot.Domain.Delivery;

/// <summary>
/// Where one outbox message goes: a new thread in a Teams channel (<see cref="NewThread"/> true, the id is
/// the channel's) or an existing conversation (a personal chat, a group chat, a thread).
/// <see cref="Label"/> names it for people reading the delivery status.
/// </summary>
public sealed record DeliveryTarget(bool NewThread, string ServiceUrl, string ConversationId, string BotId, string? TenantId, string Label)
{
    /// <summary>The conversation a per-conversation rate applies to (the channel, for a new thread).</summary>
    public string PacingKey => ConversationId;
}
