using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Connector;

/// <summary>
/// The Bot Connector REST API (v3) of one service URL. Every call carries the bot's bearer token when
/// it has one, and goes through the retry policy.
/// </summary>
public sealed class ConnectorClient : IConnectorClient
{
    private readonly HttpClient _http;
    private readonly string _baseUrl;
    private readonly IConnectorTokenProvider _tokens;
    private readonly ConnectorRetryPolicy _retryPolicy;
    private readonly bool _mayCarryToken;

    internal ConnectorClient(HttpClient http, string serviceUrl, IConnectorTokenProvider tokens, ConnectorRetryPolicy retryPolicy)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException($"'{serviceUrl}' is not an absolute http(s) service URL.", nameof(serviceUrl));
        _http = http;
        // Service URLs may carry a path (the Playground's ends in /_connector), so append rather than resolve.
        _baseUrl = serviceUrl.TrimEnd('/') + "/v3/conversations";
        _tokens = tokens;
        _retryPolicy = retryPolicy;
        // The bot's bearer token never travels in clear text: only over https, or to this machine (a local Playground).
        _mayCarryToken = uri.Scheme == Uri.UriSchemeHttps || uri.IsLoopback;
    }

    public async Task<string?> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var path = $"/{Escape(ConversationIdOf(activity))}/activities/{Escape(Required(activity.ReplyToId, "replyToId"))}";
        return await SendForIdAsync(HttpMethod.Post, path, activity, "reply", cancellationToken);
    }

    public async Task<string?> SendToConversationAsync(Activity activity, CancellationToken cancellationToken)
    {
        var path = $"/{Escape(ConversationIdOf(activity))}/activities";
        return await SendForIdAsync(HttpMethod.Post, path, activity, "send to conversation", cancellationToken);
    }

    public async Task UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        var path = $"/{Escape(ConversationIdOf(activity))}/activities/{Escape(Required(activity.Id, "id"))}";
        using var _ = await SendAsync(HttpMethod.Put, path, activity, "update activity", cancellationToken);
    }

    public async Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var path = $"/{Escape(conversationId)}/activities/{Escape(activityId)}";
        using var _ = await SendAsync(HttpMethod.Delete, path, null, "delete activity", cancellationToken);
    }

    public async Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(HttpMethod.Post, "", parameters, "create conversation", cancellationToken);
        return await ReadAsync<ConversationResourceResponse>(response, cancellationToken)
            ?? throw new ConnectorException(response.StatusCode, null, "create conversation answered without a body");
    }

    public async Task<ChannelAccount?> GetMemberAsync(string conversationId, string memberId, CancellationToken cancellationToken)
    {
        var path = $"/{Escape(conversationId)}/members/{Escape(memberId)}";
        using var response = await SendAsync(HttpMethod.Get, path, null, "get member", cancellationToken, notFoundIsAnswer: true);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync<ChannelAccount>(response, cancellationToken);
    }

    private async Task<string?> SendForIdAsync(HttpMethod method, string path, Activity activity, string operation, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(method, path, activity, operation, cancellationToken);
        var resource = await ReadAsync<ResourceResponse>(response, cancellationToken);
        return resource?.Id;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, string operation, CancellationToken cancellationToken, bool notFoundIsAnswer = false)
    {
        var url = _baseUrl + path;
        var response = await _retryPolicy.SendAsync(_http, async ct =>
        {
            var request = new HttpRequestMessage(method, url);
            if (_mayCarryToken && await _tokens.GetTokenAsync(ct) is { } token)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (body is not null)
                request.Content = JsonContent.Create(body, body.GetType(), options: ProtocolJson.Options);
            return request;
        }, operation, cancellationToken);

        if (response.IsSuccessStatusCode || (notFoundIsAnswer && response.StatusCode == HttpStatusCode.NotFound))
            return response;
        using (response)
        {
            throw await ConnectorException.FromResponseAsync(response, $"{operation} ({method} {url})", _retryPolicy.RetryAfterOf(response), cancellationToken);
        }
    }

    // Some channels answer 200/201 with an empty body; that is not an error.
    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken) where T : class
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return string.IsNullOrWhiteSpace(text) ? null : JsonSerializer.Deserialize<T>(text, ProtocolJson.Options);
    }

    private static string ConversationIdOf(Activity activity) => Required(activity.Conversation?.Id, "conversation.id");

    private static string Required(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException($"The activity has no {field}.", "activity") : value;

    private static string Escape(string id) => Uri.EscapeDataString(id);

    internal sealed record ResourceResponse(string? Id);
}
