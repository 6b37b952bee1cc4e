using System.Text.Json.Serialization;

namespace GovernanceBot.Domain;

/// <summary>A text in both languages, as stored in data files (questionnaire, catalogues).</summary>
public sealed record LocalizedText([property: JsonPropertyName("fr")] string Fr, [property: JsonPropertyName("en")] string En)
{
    public string In(Language language) => language == Language.English ? En : Fr;
}
