using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace GovernanceBot.Domain.Catalogue.Importing;

/// <summary>Cleans free text from imported files: HTML removed, whitespace collapsed, length capped.</summary>
public static partial class FieldText
{
    /// <summary>
    /// Long enough for any real description, short enough that a whole record fits one table entity
    /// (Azure caps string properties at 32K characters).
    /// </summary>
    public const int MaxLength = 4000;

    public static string Clean(string? value, int maxLength = MaxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var text = value.Contains('<') || value.Contains('&') ? StripHtml(value) : value;
        text = Whitespace().Replace(text, " ").Trim();
        return text.Length <= maxLength ? text : text[..(maxLength - 1)].TrimEnd() + "…";
    }

    /// <summary>Splits a list cell on semicolons or commas-with-no-semicolon; empty items dropped.</summary>
    public static IReadOnlyList<string> List(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return [];
        var trimmed = value.Trim();
        if (trimmed.StartsWith('[') && trimmed.EndsWith(']')) trimmed = trimmed[1..^1];
        var separator = trimmed.Contains(';') ? ';' : trimmed.Contains('|') ? '|' : ',';
        return trimmed.Split(separator)
            .Select(item => Clean(item.Trim().Trim('\'', '"'), 300))
            .Where(item => item.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    private static string StripHtml(string html)
    {
        var withBreaks = BlockTag().Replace(html, " ");
        var noTags = Tag().Replace(withBreaks, "");
        return WebUtility.HtmlDecode(noTags).Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"<\s*(br|/p|/div|/li|li|p|div|tr|/tr|td|h\d|/h\d)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
