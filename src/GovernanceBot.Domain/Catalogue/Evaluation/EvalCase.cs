using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovernanceBot.Domain.Catalogue.Evaluation;

/// <summary>
/// One line of an evaluation file: the question, the record ids a right answer cites (none: the catalogues
/// cannot answer it and the bot should say so), words the answer must contain (a count, an owner), its
/// language and free tags ("paraphrase", "count", "dataset"…) for reading the results.
/// </summary>
public sealed record EvalCase
{
    [JsonPropertyName("question")] public required string Question { get; init; }
    [JsonPropertyName("expected")] public IReadOnlyList<string> Expected { get; init; } = [];
    [JsonPropertyName("words")] public IReadOnlyList<string> Words { get; init; } = [];
    [JsonPropertyName("lang")] public string Lang { get; init; } = "fr";
    [JsonPropertyName("tags")] public IReadOnlyList<string> Tags { get; init; } = [];

    public bool Answerable => Expected.Count > 0 || Words.Count > 0;

    public Language Language => Lang.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.French;

    /// <summary>Reads a JSON-lines file; a malformed line is an error naming its number (an eval must not skip silently).</summary>
    public static IReadOnlyList<EvalCase> ReadLines(TextReader reader)
    {
        var cases = new List<EvalCase>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Trim().Length == 0) continue;
            try
            {
                cases.Add(JsonSerializer.Deserialize<EvalCase>(line) ?? throw new JsonException("empty"));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"line {number}: {e.Message}", e);
            }
        }
        return cases;
    }
}
