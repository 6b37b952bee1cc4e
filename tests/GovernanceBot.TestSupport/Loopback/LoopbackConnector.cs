using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace GovernanceBot.TestSupport.Loopback;

/// <summary>
/// A stand-in for a channel's Bot Connector service. It records each call with the status it answered,
/// and answers, in this order: from a script the test queues (status, headers, body, or a hang so the
/// caller times out), from standing rules (e.g. 403 for a conversation the bot was removed from), from
/// optional Teams-like rate limits (429 with Retry-After), and otherwise with success: 201 and a fresh
/// activity id (POST v3/conversations answers the new thread's id as Teams does).
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private const string ConversationsPath = "/v3/conversations";

    private readonly LoopbackServer _server;
    private readonly ConcurrentQueue<ScriptedAnswer> _script = new();
    private readonly ConcurrentQueue<AnsweredRequest> _answered = new();
    private readonly List<StandingRule> _rules = [];
    private readonly Lock _gate = new();
    private RateLimits? _limits;
    private long _nextActivityId;

    private LoopbackConnector(LoopbackServer server) => _server = server;

    public string ServiceUrl => _server.BaseUrl + "/";
    public IReadOnlyList<RecordedRequest> Requests => _server.Requests;

    /// <summary>Every answered request with the status it got, in order of answer.</summary>
    public IReadOnlyList<AnsweredRequest> Answered => _answered.ToArray();

    /// <summary>
    /// Accepted messages get a distinct activity id each (and a new thread its Teams-style id) instead of
    /// the fixed "new-activity-id", so a test can tell which send a later update or delete refers to.
    /// </summary>
    public bool DistinctActivityIds { get; set; }

    public static async Task<LoopbackConnector> StartAsync()
    {
        LoopbackConnector? connector = null;
        var server = await LoopbackServer.StartAsync((context, recorded) => connector!.RespondAsync(context, recorded));
        connector = new LoopbackConnector(server);
        return connector;
    }

    /// <summary>Queues the answer to the next request, whatever it is.</summary>
    public void Then(int status, string? body = null, string? retryAfter = null) => _script.Enqueue(new ScriptedAnswer(status, body, retryAfter, TimeSpan.Zero));

    /// <summary>Queues a next request that gets no answer for <paramref name="hang"/> (then 201), so the caller's attempt times out.</summary>
    public void ThenHang(TimeSpan hang) => _script.Enqueue(new ScriptedAnswer(201, null, null, hang));

    /// <summary>Answers every request about <paramref name="conversationId"/> (a conversation, or a channel a thread is started in) with <paramref name="status"/>.</summary>
    public void AlwaysFor(string conversationId, int status, string? body = null, string? retryAfter = null)
    {
        lock (_gate) _rules.Add(new StandingRule(conversationId, status, body, retryAfter));
    }

    /// <summary>
    /// Throttles like Teams: more than <paramref name="perConversationPerSecond"/> messages to one
    /// conversation, or <paramref name="globalPerSecond"/> in all, within one second gets 429 with Retry-After.
    /// </summary>
    public void LimitRate(int perConversationPerSecond, int globalPerSecond)
    {
        lock (_gate) _limits = new RateLimits(perConversationPerSecond, globalPerSecond);
    }

    /// <summary>How long each accepted request takes to answer (a real connector is not instant).</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Accepted messages (2xx on POST) per conversation: the channel for a new thread, else the conversation.</summary>
    public IReadOnlyDictionary<string, int> AcceptedPostsPerConversation() =>
        Answered.Where(a => a.Request.Method == "POST" && a.Status is >= 200 and < 300)
            .GroupBy(a => a.ConversationId)
            .ToDictionary(g => g.Key, g => g.Count());

    private async Task RespondAsync(HttpContext context, RecordedRequest recorded)
    {
        var conversation = ConversationOf(recorded);
        var answer = _script.TryDequeue(out var next) ? next : StandingAnswer(conversation) ?? ThrottledAnswer(recorded, conversation) ?? Accepted(recorded, conversation);
        if (answer.Hang > TimeSpan.Zero)
        {
            try { await Task.Delay(answer.Hang, context.RequestAborted); }
            catch (OperationCanceledException) { return; }
        }
        if (answer.Status is >= 200 and < 300 && Latency > TimeSpan.Zero) await Task.Delay(Latency);

        _answered.Enqueue(new AnsweredRequest(recorded, conversation, answer.Status, answer.Body));
        context.Response.StatusCode = answer.Status;
        if (answer.RetryAfter is not null) context.Response.Headers.RetryAfter = answer.RetryAfter;
        if (answer.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Body);
        }
    }

    private ScriptedAnswer? StandingAnswer(string conversation)
    {
        lock (_gate)
        {
            var rule = _rules.LastOrDefault(r => r.ConversationId == conversation);
            return rule is null ? null : new ScriptedAnswer(rule.Status, rule.Body, rule.RetryAfter, TimeSpan.Zero);
        }
    }

    private ScriptedAnswer? ThrottledAnswer(RecordedRequest recorded, string conversation)
    {
        lock (_gate)
        {
            if (_limits is null || recorded.Method != "POST") return null;
            return _limits.Admit(conversation, DateTimeOffset.UtcNow)
                ? null
                : new ScriptedAnswer(429, """{"error":{"code":"Throttled","message":"Too many requests"}}""", "1", TimeSpan.Zero);
        }
    }

    private ScriptedAnswer Accepted(RecordedRequest recorded, string conversation)
    {
        if (!DistinctActivityIds) return new ScriptedAnswer(201, """{"id":"new-activity-id"}""", null, TimeSpan.Zero);
        var id = Interlocked.Increment(ref _nextActivityId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = recorded.RawTarget == ConversationsPath
            ? new JsonObject { ["id"] = $"{conversation};messageid={id}", ["activityId"] = id }
            : new JsonObject { ["id"] = id };
        return new ScriptedAnswer(recorded.Method == "POST" ? 201 : 200, body.ToJsonString(), null, TimeSpan.Zero);
    }

    /// <summary>The conversation a request is about: the channel in the body of a new thread, else the (decoded) id in the path.</summary>
    public static string ConversationOf(RecordedRequest request)
    {
        var path = request.RawTarget.Split('?')[0];
        if (path == ConversationsPath)
            return request.Json?["channelData"]?["channel"]?["id"]?.GetValue<string>() ?? "";
        var rest = path.StartsWith(ConversationsPath + "/", StringComparison.Ordinal) ? path[(ConversationsPath.Length + 1)..] : path;
        return Uri.UnescapeDataString(rest.Split('/')[0]);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private sealed record ScriptedAnswer(int Status, string? Body, string? RetryAfter, TimeSpan Hang);

    private sealed record StandingRule(string ConversationId, int Status, string? Body, string? RetryAfter);

    /// <summary>Sliding one-second windows, per conversation and in all.</summary>
    private sealed class RateLimits(int perConversation, int global)
    {
        private readonly Queue<DateTimeOffset> _all = new();
        private readonly Dictionary<string, Queue<DateTimeOffset>> _byConversation = [];

        public bool Admit(string conversation, DateTimeOffset at)
        {
            if (!_byConversation.TryGetValue(conversation, out var mine)) _byConversation[conversation] = mine = new Queue<DateTimeOffset>();
            Trim(_all, at);
            Trim(mine, at);
            if (_all.Count >= global || mine.Count >= perConversation) return false;
            _all.Enqueue(at);
            mine.Enqueue(at);
            return true;
        }

        private static void Trim(Queue<DateTimeOffset> window, DateTimeOffset now)
        {
            while (window.Count > 0 && now - window.Peek() >= TimeSpan.FromSeconds(1)) window.Dequeue();
        }
    }
}
