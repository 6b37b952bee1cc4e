namespace GovernanceBot.Domain.Delivery;

/// <summary>What an outbox message says: text and/or an Adaptive Card as JSON text, with its notification summary.</summary>
public sealed record OutboxContent(string? Text, string? CardJson, string? Summary)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(CardJson);
}
