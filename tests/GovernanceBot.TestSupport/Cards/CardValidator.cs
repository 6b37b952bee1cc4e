using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.TestSupport.Processes;
using Xunit.Sdk;

namespace GovernanceBot.TestSupport.Cards;

/// <summary>
/// Checks cards with the adaptivecards JS library (the renderer Teams-like hosts use, parsing as
/// schema 1.5) plus the rules it lets through: Action.Execute without a verb, duplicate input ids,
/// a version above 1.5, Execute/Submit buttons without a title. One Node process per batch.
/// </summary>
public static class CardValidator
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<IReadOnlyList<CardValidationResult>> ValidateAsync(IEnumerable<(string Name, JsonObject Card)> cards)
    {
        var batch = new JsonArray();
        foreach (var (name, card) in cards)
        {
            batch.Add(new JsonObject { ["name"] = name, ["card"] = card.DeepClone() });
        }
        // Exit code 1 only means "some card has errors": the answer is still on stdout.
        var output = await NodeScript.RunAsync("validate-cards.js", batch.ToJsonString(), TimeSpan.FromSeconds(60), new HashSet<int> { 0, 1 });
        return JsonSerializer.Deserialize<List<CardValidationResult>>(output, Json)
            ?? throw new InvalidOperationException("validate-cards.js returned nothing.");
    }

    /// <summary>Fails the test with every error of every invalid card, by card name.</summary>
    public static async Task AssertValidAsync(IEnumerable<(string Name, JsonObject Card)> cards)
    {
        var results = await ValidateAsync(cards);
        var invalid = results.Where(result => !result.IsValid).ToList();
        if (invalid.Count > 0)
        {
            var report = string.Join("\n", invalid.Select(result => $"{result.Name}:\n  - {string.Join("\n  - ", result.Errors)}"));
            throw new XunitException($"{invalid.Count} of {results.Count} cards are invalid:\n{report}");
        }
    }

    public static Task AssertValidAsync(string name, JsonObject card) => AssertValidAsync([(name, card)]);
}
