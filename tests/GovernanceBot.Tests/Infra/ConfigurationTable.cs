using System.Text.RegularExpressions;

namespace GovernanceBot.Tests.Infra;

/// <summary>Rows of a Markdown table whose first cell is a configuration key in backticks: | `Key` | ... |</summary>
internal static partial class ConfigurationTable
{
    public static IReadOnlyList<(string Key, string[] Cells)> Rows(string markdownFile) =>
        File.ReadAllLines(markdownFile)
            .Select(line => KeyRow().Match(line))
            .Where(m => m.Success)
            .Select(m => (m.Groups["key"].Value, m.Groups["rest"].Value.Split('|', StringSplitOptions.TrimEntries)))
            .ToArray();

    /// <summary>
    /// Compares keys the way .NET configuration does: case-insensitive, ':' and '__' alike, and an
    /// array (Roles:Admins) the same as its items (Roles__Admins__0, Roles__Admins__&lt;n&gt;).
    /// </summary>
    public static string Normalize(string key) => ArrayIndex().Replace(key.Replace(":", "__", StringComparison.Ordinal), "").ToUpperInvariant();

    [GeneratedRegex(@"^\|\s*`(?<key>[^`]+)`\s*\|(?<rest>.*)$")]
    private static partial Regex KeyRow();

    [GeneratedRegex(@"__(\d+|<n>|N)$")]
    private static partial Regex ArrayIndex();
}
