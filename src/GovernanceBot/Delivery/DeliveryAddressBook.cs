using GovernanceBot.Conversations;
using GovernanceBot.Delivery.Channels;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Domain.Delivery;

namespace GovernanceBot.Delivery;

/// <summary>
/// Turns "who should hear this" into outbox messages: every channel registered for a purpose (a new thread
/// in each, skipping channels whose team removed the bot), or one person's personal chat with the bot.
/// Features use it so none of them reads registrations or conversation references directly.
/// </summary>
public sealed class DeliveryAddressBook(ChannelStore channels, ConversationReferenceStore conversations)
{
    /// <summary>One new thread per channel registered for <paramref name="purpose"/>; the recipient key is the channel id.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ToPurposeAsync(string purpose, OutboxContent content, CancellationToken cancellationToken)
    {
        var messages = new List<OutboxMessage>();
        foreach (var registration in await channels.ListAsync(purpose, cancellationToken))
        {
            if (registration.TeamId is { } team
                && await channels.FindChannelAsync(team, registration.TeamsChannelId, cancellationToken) is { CanReceive: false }) continue;
            var target = new DeliveryTarget(true, registration.ServiceUrl, registration.TeamsChannelId, registration.BotId, registration.TenantId,
                registration.ChannelName ?? registration.TeamsChannelId);
            messages.Add(new OutboxMessage(registration.TeamsChannelId, target, content));
        }
        return messages;
    }

    /// <summary>The user's personal chat, or null when they never talked to the bot (or uninstalled it); the recipient key is their object id.</summary>
    public async Task<OutboxMessage?> ToUserAsync(string userAadObjectId, OutboxContent content, CancellationToken cancellationToken)
    {
        var chat = await conversations.FindPersonalChatAsync(userAadObjectId, cancellationToken);
        if (chat is null || !chat.Installed) return null;
        var target = new DeliveryTarget(false, chat.ServiceUrl, chat.ConversationId, chat.BotId, chat.TenantId, chat.UserName ?? userAadObjectId);
        return new OutboxMessage(userAadObjectId, target, content);
    }

    /// <summary>
    /// The installed personal chat of someone known by their Entra object id or their channel user id (roles
    /// granted by @mention and local clients name people by the latter), or null when there is none.
    /// </summary>
    public async Task<ConversationReference?> FindPersonalChatAsync(string identifier, CancellationToken cancellationToken)
    {
        var chat = await conversations.FindPersonalChatAsync(identifier, cancellationToken)
            ?? await conversations.FindPersonalChatByChannelUserAsync(identifier, cancellationToken);
        return chat is { Installed: true } ? chat : null;
    }

    /// <summary>A message into a personal chat found with <see cref="FindPersonalChatAsync"/>.</summary>
    public static OutboxMessage ToChat(string recipientKey, ConversationReference chat, OutboxContent content) =>
        new(recipientKey, new DeliveryTarget(false, chat.ServiceUrl, chat.ConversationId, chat.BotId, chat.TenantId, chat.UserName ?? recipientKey), content);

    /// <summary>A reply in a thread the bot started (the conversation id a sent post was given), e.g. one card per agenda item.</summary>
    public static OutboxMessage ToThread(string recipientKey, SentPost thread, OutboxContent content) =>
        new(recipientKey, new DeliveryTarget(false, thread.ServiceUrl, thread.ConversationId, thread.BotId, thread.TenantId, thread.Label), content);
}
