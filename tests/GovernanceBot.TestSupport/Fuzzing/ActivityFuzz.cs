using System.Text.Json.Nodes;
using CsCheck;

namespace GovernanceBot.TestSupport.Fuzzing;

/// <summary>
/// Generates hostile activities: a plausible Teams activity (a command, an Action.Execute or Action.Submit
/// with any verb the bot routes, a lifecycle event) with some of its fields then removed, nulled, given
/// the wrong JSON type, made huge, or filled with control characters and lone surrogates; card data of
/// every shape. The service URL is only ever broken, never pointed elsewhere: the bot must not be made
/// to call out to arbitrary hosts by a test.
/// </summary>
public sealed class ActivityFuzz(IReadOnlyList<string> verbs, string serviceUrl)
{
    // JSON text cannot carry a lone surrogate through JsonNode; this marker is swapped for the escape afterwards.
    private const string LoneSurrogateMarker = "LONE-SURROGATE-MARKER";

    private static readonly string[] Commands =
        ["aide", "help", "maturité", "maturity", "mes évaluations", "my assessments", "synthèse maturité", "hubs", "hub ajouter Fuzz", "qui suis-je", "whoami", "évaluation", "<at>GovernanceBot</at> aide", ""];

    private static readonly string[] DataKeys =
        ["hubId", "draftId", "revision", "questionId", "answer", "assessmentId", "verb", "page", "id", "useCaseId", "decision", "action", "data"];

    private static readonly string[] FieldPaths =
        ["type", "id", "name", "text", "locale", "timestamp", "channelId", "serviceUrl", "deliveryMode", "replyToId", "from", "from.id", "from.aadObjectId",
         "from.name", "recipient", "recipient.id", "conversation", "conversation.id", "conversation.conversationType", "conversation.isGroup",
         "entities", "attachments", "membersAdded", "membersRemoved", "value", "value.action", "value.action.verb", "value.action.data", "value.verb",
         "channelData", "channelData.tenant", "channelData.team.id"];

    private static readonly Gen<string> Text = Gen.OneOf(
        Gen.String[Gen.Char.AlphaNumeric, 0, 20],
        Gen.String[Gen.Char, 0, 40],
        Gen.String[Gen.Char['\0', '\u001f'], 1, 10],
        Gen.Const("a\nb\r\nc\u001b[2K\u2028d\u202e"),
        Gen.Const(LoneSurrogateMarker),
        Gen.Const("😀 Chloé « guillemets »"),
        Gen.Int[1_000, 120_000].Select(n => new string('x', n)),
        Gen.Const("banque-de-detail"),
        Gen.Guid.Select(g => g.ToString("N")),
        Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>Any JSON value: the hostile replacements for a field.</summary>
    private static readonly Gen<JsonNode?> Weird = Gen.Frequency<JsonNode?>(
        (2, Gen.Const(() => (JsonNode?)null)),
        (4, Text.Select(t => (JsonNode?)JsonValue.Create(t))),
        (1, Gen.Int.Select(i => (JsonNode?)JsonValue.Create(i))),
        (1, Gen.Double.Where(double.IsFinite).Select(d => (JsonNode?)JsonValue.Create(d))),
        (1, Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b))),
        (1, Gen.Const(0).Select(_ => (JsonNode?)new JsonArray(null, 1, "x", new JsonObject()))),
        (1, Gen.Const(0).Select(_ => (JsonNode?)new JsonObject { ["id"] = null, ["type"] = 5 })));

    private static readonly Gen<JsonObject> CardData =
        Gen.Select(Gen.OneOf(Gen.OneOf(DataKeys), Gen.String[Gen.Char, 0, 12]), Weird).Array[0, 6]
            .Select(pairs =>
            {
                var data = new JsonObject();
                foreach (var (key, value) in pairs) data[key] = value?.DeepClone();
                return data;
            });

    private sealed record Mutation(string Path, bool Remove, JsonNode? Value);

    private static readonly Gen<Mutation> Mutations =
        Gen.Select(Gen.OneOf(FieldPaths), Gen.Int[0, 4], Weird, (path, remove, value) => new Mutation(path, remove == 0, value));

    /// <summary>One request body: JSON text (possibly with lone-surrogate escapes) and what it is, for failure reports.</summary>
    public Gen<FuzzRequest> Requests =>
        Gen.Select(Base, Mutations.Array[0, 4], Gen.Int[0, 3], (activity, mutations, user) =>
        {
            activity["from"] = new JsonObject { ["id"] = $"29:fuzz-{user}", ["aadObjectId"] = $"00000000-0000-0000-0000-00000000f0{user:00}", ["name"] = "Fuzz" };
            activity["conversation"] = new JsonObject { ["id"] = $"a:fuzz-{user}", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" };
            foreach (var mutation in mutations) Apply(activity, mutation);
            var text = activity.ToJsonString().Replace(LoneSurrogateMarker, "\\ud800", StringComparison.Ordinal);
            return new FuzzRequest(text, string.Join(", ", mutations.Select(m => m.Remove ? $"-{m.Path}" : $"{m.Path}={Describe(m.Value)}")));
        });

    private Gen<JsonObject> Base => Gen.Frequency(
        (4, Gen.OneOf(Commands).Select(text => Activity("message", a => a["text"] = text))),
        (4, Gen.Select(Verb, CardData).Select((verb, data) => Activity("invoke", a =>
        {
            a["name"] = "adaptiveCard/action";
            a["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" };
        }))),
        (3, Gen.Select(Verb, CardData).Select((verb, data) => Activity("message", a =>
        {
            data["verb"] = verb;
            a["value"] = data;
            a["replyToId"] = "card-1";
        }))),
        (1, Gen.Const(0).Select(_ => Activity("conversationUpdate", a => a["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:governancebot" }, null)))),
        (1, Gen.Const(0).Select(_ => Activity("installationUpdate", a => a["action"] = "add"))),
        (1, Text.Select(type => Activity(type, _ => { }))));

    private Gen<string> Verb => Gen.Frequency((6, Gen.OneOf(verbs.ToArray())), (1, Text));

    private JsonObject Activity(string type, Action<JsonObject> fill)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["locale"] = "fr-FR",
            ["deliveryMode"] = "expectReplies",
            ["recipient"] = new JsonObject { ["id"] = "28:governancebot", ["name"] = "GovernanceBot" },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        };
        fill(activity);
        return activity;
    }

    private static void Apply(JsonObject activity, Mutation mutation)
    {
        var steps = mutation.Path.Split('.');
        var parent = activity;
        foreach (var step in steps[..^1])
        {
            if (parent[step] is not JsonObject child) parent[step] = child = new JsonObject();
            parent = child;
        }
        var field = steps[^1];
        var value = mutation.Value?.DeepClone();
        // A valid but different service URL would send the bot's replies to a host of the test's choosing.
        if (field == "serviceUrl" && value is JsonValue v && v.TryGetValue(out string? url) && Uri.TryCreate(url, UriKind.Absolute, out _)) value = "not a url";
        if (field == "deliveryMode" && value is null) value = "normal";
        if (mutation.Remove) parent.Remove(field);
        else parent[field] = value;
    }

    private static string Describe(JsonNode? value) => value switch
    {
        null => "null",
        JsonValue v when v.TryGetValue(out string? s) => s.Length > 30 ? $"\"{s[..10]}…\"({s.Length})" : System.Text.Json.JsonSerializer.Serialize(s),
        _ => value.ToJsonString(),
    };
}

/// <summary>A generated request body and a short description of how it was bent.</summary>
public sealed record FuzzRequest(string Body, string Description)
{
    public override string ToString() => Description.Length == 0 ? "(unchanged)" : Description;
}
