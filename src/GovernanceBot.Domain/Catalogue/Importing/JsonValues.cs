using System.Text.Json;
using System.Text.RegularExpressions;

namespace GovernanceBot.Domain.Catalogue.Importing;

/// <summary>
/// Defensive reads of JSON properties: real catalogues put lists where a string is expected, numbers
/// where text is, or leave fields out.
/// </summary>
internal static partial class JsonValues
{
    public static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static string Text(JsonElement element, string name, int maxLength = FieldText.MaxLength) =>
        Property(element, name) is { } value ? FieldText.Clean(Flatten(value), maxLength) : "";

    public static IReadOnlyList<string> List(JsonElement element, string name) =>
        Property(element, name) switch
        {
            { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                .Select(item => FieldText.Clean(Flatten(item), 300))
                .Where(item => item.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToArray(),
            { } single => FieldText.List(Flatten(single)),
            null => [],
        };

    /// <summary>The value exactly as written (no HTML decoding): identifiers must round-trip.</summary>
    public static string Raw(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value ? String(value).Trim() : Text(element, name, 500);

    private static string Flatten(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => String(value),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(Flatten).Where(s => s.Length > 0)),
        JsonValueKind.Object => Property(value, "name") is { } name ? Flatten(name) : Property(value, "fn") is { } fn ? Flatten(fn) : "",
        _ => "",
    };

    /// <summary>Reads a string, replacing escaped lone surrogates (real catalogues contain some) instead of failing.</summary>
    private static string String(JsonElement value)
    {
        try
        {
            return value.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            var repaired = LoneSurrogate().Replace(value.GetRawText(), "\\uFFFD");
            return JsonSerializer.Deserialize<string>(repaired) ?? "";
        }
    }

    [GeneratedRegex(@"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}")]
    private static partial Regex LoneSurrogate();
}
