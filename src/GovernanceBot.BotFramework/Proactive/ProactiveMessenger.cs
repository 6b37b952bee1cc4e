using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Connector;
using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Proactive;

/// <summary>The proactive messenger on the Bot Connector REST API (v3).</summary>
public sealed class ProactiveMessenger(IConnectorClientFactory connectors) : IProactiveMessenger
{
    public async Task<SentMessage> SendAsync(ConversationAddress to, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var activity = message.ToActivity(to.ConversationId, to.BotId);
        activity.Conversation!.TenantId = to.TenantId;
        var id = await connectors.Create(to.ServiceUrl).SendToConversationAsync(activity, cancellationToken);
        return new SentMessage(to.ServiceUrl, to.ConversationId, id);
    }

    /// <summary>
    /// POST v3/conversations with the channel in channelData and isGroup: Teams answers with the new
    /// thread's conversation id ("19:…;messageid=…") and the id of its first activity.
    /// </summary>
    public async Task<SentMessage> StartThreadAsync(ChannelAddress channel, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var activity = message.ToActivity(channel.TeamsChannelId, channel.BotId);
        activity.Conversation = null;
        var channelData = new JsonObject { ["channel"] = new JsonObject { ["id"] = channel.TeamsChannelId } };
        if (channel.TenantId is not null) channelData["tenant"] = new JsonObject { ["id"] = channel.TenantId };
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            Bot = new ChannelAccount { Id = channel.BotId },
            TenantId = channel.TenantId,
            ChannelData = channelData,
            Activity = activity,
        };

        var created = await connectors.Create(channel.ServiceUrl).CreateConversationAsync(parameters, cancellationToken);
        // Teams names a thread after its first message; fall back to that when the answer omits the thread id.
        var threadId = !string.IsNullOrEmpty(created.Id) ? created.Id
            : created.ActivityId is { Length: > 0 } first ? $"{channel.TeamsChannelId};messageid={first}"
            : channel.TeamsChannelId;
        return new SentMessage(created.ServiceUrl ?? channel.ServiceUrl, threadId, created.ActivityId);
    }

    public async Task UpdateAsync(SentMessage sent, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var activity = message.ToActivity(sent.ConversationId, botId: "");
        activity.From = null;
        activity.Id = EditableId(sent);
        await connectors.Create(sent.ServiceUrl).UpdateActivityAsync(activity, cancellationToken);
    }

    public Task DeleteAsync(SentMessage sent, CancellationToken cancellationToken) =>
        connectors.Create(sent.ServiceUrl).DeleteActivityAsync(sent.ConversationId, EditableId(sent), cancellationToken);

    private static string EditableId(SentMessage sent) =>
        string.IsNullOrEmpty(sent.ActivityId)
            ? throw new ArgumentException("The channel did not say the message's activity id, so it cannot be edited or deleted.", nameof(sent))
            : sent.ActivityId;
}
