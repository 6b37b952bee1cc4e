namespace GovernanceBot.BotFramework.Proactive;

/// <summary>
/// Posts outside a user's turn, through the connector of the stored service URL with the bot's own
/// token and the connector's retry rules. A call that still fails throws
/// <see cref="Connector.ConnectorException"/> with the status (403/404: the bot was removed or the
/// conversation is gone) and any Retry-After the service asked for.
/// </summary>
public interface IProactiveMessenger
{
    /// <summary>Posts into an existing conversation (a personal chat, a group chat or a channel thread).</summary>
    Task<SentMessage> SendAsync(ConversationAddress to, OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>Starts a new thread in a channel with <paramref name="message"/> as its first post.</summary>
    Task<SentMessage> StartThreadAsync(ChannelAddress channel, OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>Replaces the content of a message the bot sent (a decision taken, a count updated).</summary>
    Task UpdateAsync(SentMessage sent, OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>Removes a message the bot sent.</summary>
    Task DeleteAsync(SentMessage sent, CancellationToken cancellationToken);
}
