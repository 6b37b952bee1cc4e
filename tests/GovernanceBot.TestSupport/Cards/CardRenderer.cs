using System.Text.Json.Nodes;
using GovernanceBot.TestSupport.Processes;
using Xunit.Sdk;

namespace GovernanceBot.TestSupport.Cards;

/// <summary>
/// Renders cards with the adaptivecards JS renderer in headless Chromium and a Teams-like light
/// host config (tests/tools/render-card.js): screenshots for review, and the verb and data a click
/// really produces. One browser per batch.
/// </summary>
public static class CardRenderer
{
    public static async Task<IReadOnlyList<CardRenderResult>> RenderAsync(IEnumerable<CardRenderRequest> requests)
    {
        ToolPrerequisites.RequireChromium();
        var jobs = new JsonArray();
        foreach (var request in requests)
        {
            var job = new JsonObject
            {
                ["name"] = request.Name,
                ["card"] = request.Card.DeepClone(),
                ["width"] = request.Width,
                ["click"] = request.Click,
            };
            if (request.Screenshot is not null)
            {
                job["screenshot"] = Path.IsPathRooted(request.Screenshot)
                    ? request.Screenshot
                    : Path.Combine(RepositoryPaths.Artifacts, request.Screenshot);
            }
            if (request.Inputs is not null)
            {
                job["inputs"] = new JsonObject(request.Inputs.Select(input => KeyValuePair.Create(input.Key, (JsonNode?)input.Value)));
            }
            jobs.Add(job);
        }

        var output = await NodeScript.RunAsync("render-card.js", jobs.ToJsonString(), TimeSpan.FromMinutes(2));
        var results = JsonNode.Parse(output)!.AsArray();
        var failures = results.Where(result => result!["error"] is not null).ToList();
        if (failures.Count > 0)
        {
            throw new XunitException("Rendering failed: " + string.Join("; ", failures.Select(f => $"{f!["name"]}: {f["error"]}")));
        }
        return results.Select(result => ToResult(result!.AsObject())).ToList();
    }

    public static async Task<CardRenderResult> RenderAsync(CardRenderRequest request) => (await RenderAsync([request]))[0];

    private static CardRenderResult ToResult(JsonObject result) => new(
        result["name"]!.GetValue<string>(),
        result["text"]!.GetValue<string>(),
        result["actions"]!.AsArray().Select(action => ToAction(action!.AsObject())).ToList(),
        result["inputs"]!.AsArray().Select(input => input!["id"]!.GetValue<string>()).ToList(),
        result["screenshot"]?.GetValue<string>(),
        result["clicked"] is JsonObject clicked ? ToAction(clicked) : null,
        result["clipped"]?.AsArray().Select(text => text!.GetValue<string>()).ToList() ?? []);

    private static CardActionInfo ToAction(JsonObject action) => new(
        action["type"]!.GetValue<string>(),
        action["title"]?.GetValue<string>(),
        action["verb"]?.GetValue<string>(),
        action["data"]?.DeepClone(),
        action["url"]?.GetValue<string>());
}
