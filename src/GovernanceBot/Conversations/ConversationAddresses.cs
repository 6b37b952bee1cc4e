using GovernanceBot.BotFramework.Proactive;

namespace GovernanceBot.Conversations;

/// <summary>Turns a stored conversation reference into the addresses the proactive messenger posts to.</summary>
public static class ConversationAddresses
{
    /// <summary>The conversation itself: a personal chat, a group chat, or the channel thread it was saved from.</summary>
    public static ConversationAddress ToConversationAddress(this ConversationReference reference) =>
        new(reference.ServiceUrl, reference.ConversationId, reference.BotId, reference.TenantId);

    /// <summary>
    /// The channel, to start a new thread in it. A reference saved from a message in a thread carries the
    /// thread ("19:…;messageid=…"); the channel is the part before the message id.
    /// </summary>
    public static ChannelAddress ToChannelAddress(this ConversationReference reference)
    {
        if (reference.ConversationType != "channel")
            throw new ArgumentException($"Conversation {reference.ConversationId} is a {reference.ConversationType}, not a channel.", nameof(reference));
        var channelId = reference.TeamsChannelId ?? ChannelOfThread(reference.ConversationId);
        return new ChannelAddress(reference.ServiceUrl, channelId, reference.BotId, reference.TenantId);
    }

    public static string ChannelOfThread(string conversationId)
    {
        var messageId = conversationId.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase);
        return messageId < 0 ? conversationId : conversationId[..messageId];
    }
}
