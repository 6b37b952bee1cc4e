using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovernanceBot.Tests.Infrastructure;

/// <summary>
/// Talks to the bot as Teams would, through POST /api/messages, with deliveryMode expectReplies so the
/// replies come back in the HTTP response.
/// </summary>
public sealed class TestConversation(HttpClient client, TestUser user, string locale)
{
    public const string DefaultServiceUrl = "http://127.0.0.1:9/_connector";

    /// <summary>Where the bot sends replies when <see cref="ExpectReplies"/> is off (a loopback fake connector).</summary>
    public string ServiceUrl { get; init; } = DefaultServiceUrl;

    /// <summary>When true (default) replies come back in the HTTP response instead of going to the connector.</summary>
    public bool ExpectReplies { get; init; } = true;

    public string ConversationId { get; init; } = "a:personal-" + user.Id;
    public string ConversationType { get; init; } = "personal";
    public TestUser User => user;
    public HttpClient Client => client;

    /// <summary>Sends text; returns the bot's replies.</summary>
    public async Task<IReadOnlyList<JsonObject>> SendAsync(string text)
    {
        var activity = NewActivity("message");
        activity["text"] = text;
        return await PostForRepliesAsync(activity);
    }

    /// <summary>Sends an Action.Submit (message with value); returns the bot's replies.</summary>
    public async Task<IReadOnlyList<JsonObject>> SubmitAsync(JsonObject value)
    {
        var activity = NewActivity("message");
        activity["value"] = value;
        activity["replyToId"] = "card-1";
        return await PostForRepliesAsync(activity);
    }

    /// <summary>Clicks an Action.Execute with <paramref name="verb"/> and <paramref name="data"/> (inputs included).</summary>
    public async Task<InvokeResult> ExecuteAsync(string verb, JsonObject? data = null)
    {
        var activity = NewActivity("invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data ?? new JsonObject() },
            ["trigger"] = "manual",
        };
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        var body = response.Content.Headers.ContentLength == 0 ? null : await response.Content.ReadFromJsonAsync<JsonObject>();
        return new InvokeResult(response.StatusCode, body);
    }

    /// <summary>Posts any activity (fields filled in like Teams) and returns the raw HTTP response.</summary>
    public Task<HttpResponseMessage> PostAsync(JsonObject activity) => client.PostAsJsonAsync("/api/messages", activity);

    public JsonObject NewActivity(string type) => new()
    {
        ["type"] = type,
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = ServiceUrl,
        ["locale"] = locale,
        ["deliveryMode"] = ExpectReplies ? "expectReplies" : "normal",
        ["from"] = new JsonObject { ["id"] = user.Id, ["aadObjectId"] = user.AadObjectId, ["name"] = user.Name },
        ["recipient"] = new JsonObject { ["id"] = "28:governancebot", ["name"] = "GovernanceBot" },
        ["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = ConversationType, ["tenantId"] = "tenant-1" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };

    public async Task<IReadOnlyList<JsonObject>> PostForRepliesAsync(JsonObject activity)
    {
        using var response = await client.PostAsJsonAsync("/api/messages", activity);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"Bot answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body?["activities"]?.AsArray().Select(a => a!.AsObject()).ToList() ?? [];
    }
}

/// <summary>The invoke response of an Action.Execute: HTTP status and the universal-action body.</summary>
public sealed record InvokeResult(HttpStatusCode HttpStatus, JsonObject? Body)
{
    /// <summary>The replacement card, when the bot answered with one.</summary>
    public JsonObject? Card => Body?["type"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive" ? Body["value"]?.AsObject() : null;

    /// <summary>The message shown under the card, when the bot answered with text.</summary>
    public string? Message => Body?["type"]?.GetValue<string>() == "application/vnd.microsoft.activity.message" ? Body["value"]?.GetValue<string>() : null;

    /// <summary>The error, when the bot rejected the action (statusCode 400 body).</summary>
    public JsonObject? Error => Body?["type"]?.GetValue<string>() == "application/vnd.microsoft.error" ? Body["value"]?.AsObject() : null;

    public int? StatusCode => Body?["statusCode"]?.GetValue<int>();
}

/// <summary>Reading replies: the first card attachment, all the text a card shows.</summary>
public static class ReplyExtensions
{
    public static JsonObject? Card(this JsonObject activity) =>
        activity["attachments"]?.AsArray().Select(a => a!.AsObject())
            .FirstOrDefault(a => a["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")?["content"]?.AsObject();

    /// <summary>Every "text", "title" and "value" string in the card, joined: good enough to assert what a user reads.</summary>
    public static string AllText(this JsonNode? node)
    {
        var parts = new List<string>();
        Collect(node, parts);
        return string.Join("\n", parts);
    }

    /// <summary>The Action.Execute actions in the card, anywhere in it: (title, verb, data).</summary>
    public static IReadOnlyList<(string Title, string Verb, JsonObject Data)> ExecuteActions(this JsonNode? card)
    {
        var found = new List<(string, string, JsonObject)>();
        Walk(card, node =>
        {
            if (node is JsonObject o && o["type"]?.GetValue<string>() == "Action.Execute")
                found.Add((o["title"]?.GetValue<string>() ?? "", o["verb"]?.GetValue<string>() ?? "", o["data"]?.AsObject() ?? new JsonObject()));
        });
        return found;
    }

    private static void Collect(JsonNode? node, List<string> parts) => Walk(node, n =>
    {
        if (n is JsonObject o)
        {
            foreach (var key in new[] { "text", "title", "value" })
            {
                if (o[key] is JsonValue v && v.TryGetValue(out string? s)) parts.Add(s);
            }
        }
    });

    private static void Walk(JsonNode? node, Action<JsonNode> visit)
    {
        switch (node)
        {
            case JsonObject o:
                visit(o);
                foreach (var (_, child) in o) Walk(child, visit);
                break;
            case JsonArray a:
                foreach (var child in a) Walk(child, visit);
                break;
        }
    }
}
