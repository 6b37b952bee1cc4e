using System.Text.RegularExpressions;

namespace GovernanceBot.Tests.Infra;

/// <summary>
/// Reads the few facts the infra tests need from Bicep source (the Bicep CLI cannot be installed on
/// build machines here): declared parameters, referenced modules and app setting names.
/// </summary>
internal static partial class BicepTemplate
{
    public static IReadOnlyList<string> ModuleReferences(string bicepFile) =>
        ModuleLine().Matches(File.ReadAllText(bicepFile)).Select(m => m.Groups["path"].Value).ToArray();

    /// <summary>Parameter names, each with whether it has a default value.</summary>
    public static IReadOnlyDictionary<string, bool> Parameters(string bicepFile) =>
        ParamLine().Matches(File.ReadAllText(bicepFile))
            .ToDictionary(m => m.Groups["name"].Value, m => m.Groups["default"].Success, StringComparer.Ordinal);

    /// <summary>
    /// Setting names declared in the <c>var ...Settings</c> objects of the web app module: one
    /// <c>Name: value</c> per line, or a name template such as <c>'Roles__Admins__${i}'</c> for array items.
    /// </summary>
    public static IReadOnlyList<string> AppSettingNames(string bicepFile, out IReadOnlyList<string> settingsVariables)
    {
        var names = new List<string>();
        var variables = new List<string>();
        var lines = File.ReadAllLines(bicepFile);
        for (var i = 0; i < lines.Length; i++)
        {
            var declaration = SettingsVariable().Match(lines[i]);
            if (!declaration.Success) continue;
            variables.Add(declaration.Groups["name"].Value);

            // The block runs on while lines are indented or close an object ("}" or "} : {").
            var block = new List<string> { lines[i] };
            while (i + 1 < lines.Length && lines[i + 1].Length > 0 && (char.IsWhiteSpace(lines[i + 1][0]) || lines[i + 1][0] == '}')) block.Add(lines[++i]);

            foreach (var line in block.Skip(1))
            {
                var key = ObjectKey().Match(line);
                if (key.Success) names.Add(key.Groups["name"].Value);
            }
            names.AddRange(block.SelectMany(line => IndexedNameTemplate().Matches(line)).Select(m => m.Groups["name"].Value + "__<n>"));
        }
        settingsVariables = variables;
        return names;
    }

    [GeneratedRegex(@"^module\s+\w+\s+'(?<path>[^']+)'", RegexOptions.Multiline)]
    private static partial Regex ModuleLine();

    [GeneratedRegex(@"^param\s+(?<name>\w+)\s+\w+(?<default>\s*=)?", RegexOptions.Multiline)]
    private static partial Regex ParamLine();

    [GeneratedRegex(@"^var\s+(?<name>\w*Settings)\s*=")]
    private static partial Regex SettingsVariable();

    [GeneratedRegex(@"^\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*:")]
    private static partial Regex ObjectKey();

    [GeneratedRegex(@"'(?<name>[A-Za-z_][A-Za-z0-9_]*?)__\$\{")]
    private static partial Regex IndexedNameTemplate();
}
