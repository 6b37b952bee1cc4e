using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace GovernanceBot.Bench.Soak;

/// <summary>
/// One simulated Teams user: asks for help, clicks the help card's button, walks the maturity
/// questionnaire through the cards the bot returns (choosing the hub, answering each question with one of
/// the card's own choices, starting again once finished), and now and then has a turn re-sent by the
/// channel with the same activity id.
/// </summary>
internal sealed class SoakUser(HttpClient http, string name, string aadObjectId)
{
    private const string MaturityAnswer = "maturity.answer";
    private const string MaturitySelectHub = "maturity.selectHub";

    private static int _retries;
    private static int _finished;
    private static long _ids;

    private JsonObject? _card;
    private JsonObject? _lastActivity;

    public static int Retries => _retries;
    public static int Finished => _finished;

    public async Task NextTurnAsync(Random random)
    {
        var roll = random.Next(100);
        if (roll < 15) await SayAsync("aide");
        else if (roll < 25) await ExecuteAsync("help.more", new JsonObject());
        else if (roll < 35 && _lastActivity is not null)
        {
            Interlocked.Increment(ref _retries);
            await PostAsync((JsonObject)_lastActivity.DeepClone());
        }
        else await QuestionnaireStepAsync(random);
    }

    private async Task QuestionnaireStepAsync(Random random)
    {
        var actions = ExecuteActions(_card).ToList();
        if (actions.FirstOrDefault(a => a.Verb == MaturityAnswer) is { Verb: not null } answer)
        {
            var data = (JsonObject)answer.Data.DeepClone();
            data["answer"] = AnswerFor(_card!, random);
            var card = await ExecuteAsync(MaturityAnswer, data);
            _card = card;
            if (card is not null && !ExecuteActions(card).Any(a => a.Verb == MaturityAnswer)) Interlocked.Increment(ref _finished);
        }
        else if (actions.Any(a => a.Verb == MaturitySelectHub))
        {
            _card = await ExecuteAsync(MaturitySelectHub, new JsonObject { ["hubId"] = "hub-soak" });
        }
        else
        {
            _card = await SayAsync("maturité");
        }
    }

    /// <summary>One of the question's own choices, or a number inside its scale.</summary>
    private static string AnswerFor(JsonObject card, Random random)
    {
        var input = Walk(card).FirstOrDefault(o => (string?)o["id"] == "answer");
        if (input?["choices"] is JsonArray { Count: > 0 } choices) return (string)choices[random.Next(choices.Count)]!["value"]!;
        var min = (int?)input?["min"] ?? 0;
        var max = (int?)input?["max"] ?? 10;
        return random.Next(min, max + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<JsonObject?> SayAsync(string text)
    {
        var activity = NewActivity("message");
        activity["text"] = text;
        var body = await PostAsync(activity);
        return body?["activities"]?[0]?["attachments"]?[0]?["content"] as JsonObject;
    }

    private async Task<JsonObject?> ExecuteAsync(string verb, JsonObject data)
    {
        var activity = NewActivity("invoke");
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data } };
        var body = await PostAsync(activity);
        return body?["value"] as JsonObject;
    }

    private async Task<JsonObject?> PostAsync(JsonObject activity)
    {
        _lastActivity = activity;
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/api/messages", content);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"{name}: {activity["type"]} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject;
    }

    private JsonObject NewActivity(string type) => new()
    {
        ["type"] = type,
        ["id"] = $"soak-{Interlocked.Increment(ref _ids)}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = "http://127.0.0.1:9/_connector",
        ["locale"] = "fr-FR",
        ["deliveryMode"] = "expectReplies",
        ["from"] = new JsonObject { ["id"] = $"29:{name}", ["aadObjectId"] = aadObjectId, ["name"] = name },
        ["recipient"] = new JsonObject { ["id"] = "28:governancebot" },
        ["conversation"] = new JsonObject { ["id"] = $"a:{name}", ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
    };

    private static IEnumerable<(string? Verb, JsonObject Data)> ExecuteActions(JsonObject? card) =>
        Walk(card).Where(o => (string?)o["type"] == "Action.Execute")
            .Select(o => ((string?)o["verb"], o["data"] as JsonObject ?? new JsonObject()));

    private static IEnumerable<JsonObject> Walk(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                    foreach (var found in Walk(child)) yield return found;
                break;
            case JsonArray array:
                foreach (var item in array)
                    foreach (var found in Walk(item)) yield return found;
                break;
        }
    }
}
