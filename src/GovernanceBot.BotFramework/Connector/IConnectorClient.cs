using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Connector;

/// <summary>The Bot Connector REST API of one channel service (the activity's serviceUrl).</summary>
public interface IConnectorClient
{
    /// <summary>POST v3/conversations/{id}/activities/{replyToId}; returns the new activity id.</summary>
    Task<string?> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>POST v3/conversations/{id}/activities; returns the new activity id.</summary>
    Task<string?> SendToConversationAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>PUT v3/conversations/{id}/activities/{activity.Id}.</summary>
    Task UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>DELETE v3/conversations/{conversationId}/activities/{activityId}.</summary>
    Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>POST v3/conversations (e.g. a new thread in a channel, or a 1:1 chat).</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary>GET v3/conversations/{conversationId}/members/{memberId}; null when not a member.</summary>
    Task<ChannelAccount?> GetMemberAsync(string conversationId, string memberId, CancellationToken cancellationToken);
}

/// <summary>Creates connector clients per serviceUrl (each channel region has its own).</summary>
public interface IConnectorClientFactory
{
    IConnectorClient Create(string serviceUrl);
}
