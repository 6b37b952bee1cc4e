using System.Text.Json.Nodes;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Proactive;

/// <summary>
/// What a proactive message says: text, an Adaptive Card, or both. The card is kept as JSON so a message
/// can be stored (an outbox) and sent later exactly as it was written.
/// </summary>
public sealed record OutgoingMessage(string? Text, JsonObject? Card, string? Summary)
{
    public static OutgoingMessage FromText(string text) => new(text, null, null);

    /// <summary>A card; <paramref name="summary"/> is what Teams shows in notifications and the chat list.</summary>
    public static OutgoingMessage FromCard(AdaptiveCard card, string? summary = null) => new(null, card.ToJson(), summary);

    internal Activity ToActivity(string conversationId, string botId)
    {
        if (string.IsNullOrWhiteSpace(Text) && Card is null)
            throw new ArgumentException("A proactive message needs text or a card.");
        return new Activity
        {
            Type = ActivityTypes.Message,
            From = new ChannelAccount { Id = botId },
            Conversation = new ConversationAccount { Id = conversationId },
            Text = Text,
            Summary = Summary,
            // Each send gets its own copy: a JsonNode has one parent, and the same message goes to many conversations.
            Attachments = Card is null ? null : [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = Card.DeepClone() }],
        };
    }
}
