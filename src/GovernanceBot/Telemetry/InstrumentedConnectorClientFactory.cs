using GovernanceBot.BotFramework.Connector;
using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.Telemetry;

/// <summary>Hands out connector clients whose calls are measured (<see cref="ConnectorTelemetry"/>).</summary>
internal sealed class InstrumentedConnectorClientFactory(IConnectorClientFactory inner) : IConnectorClientFactory
{
    public IConnectorClient Create(string serviceUrl) => new Client(inner.Create(serviceUrl));

    private sealed class Client(IConnectorClient inner) : IConnectorClient
    {
        public Task<string?> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken) =>
            ConnectorTelemetry.MeasureAsync("reply", () => inner.ReplyToActivityAsync(activity, cancellationToken));

        public Task<string?> SendToConversationAsync(Activity activity, CancellationToken cancellationToken) =>
            ConnectorTelemetry.MeasureAsync("send", () => inner.SendToConversationAsync(activity, cancellationToken));

        public Task UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) =>
            ConnectorTelemetry.MeasureAsync("update", async () => { await inner.UpdateActivityAsync(activity, cancellationToken); return true; });

        public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
            ConnectorTelemetry.MeasureAsync("delete", async () => { await inner.DeleteActivityAsync(conversationId, activityId, cancellationToken); return true; });

        public Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken) =>
            ConnectorTelemetry.MeasureAsync("createConversation", () => inner.CreateConversationAsync(parameters, cancellationToken));

        public Task<ChannelAccount?> GetMemberAsync(string conversationId, string memberId, CancellationToken cancellationToken) =>
            ConnectorTelemetry.MeasureAsync("getMember", () => inner.GetMemberAsync(conversationId, memberId, cancellationToken));
    }
}
