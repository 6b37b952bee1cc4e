using System.Text.RegularExpressions;
using GovernanceBot.TestSupport;

namespace GovernanceBot.Tests.Tooling;

/// <summary>
/// The Microsoft 365 Agents Toolkit project (m365agents.yml) hangs together without running <c>atk</c>: every file it
/// names exists, and every <c>${{NAME}}</c> the manifest, the yml and the Bicep parameters use gets a value from the
/// environment files, from a provision step, or from an output of infra/main.bicep (which the toolkit writes back).
/// </summary>
public sealed partial class AgentsToolkitProjectTests
{
    private static string Root => RepositoryPaths.Root;

    [Fact]
    public void Every_path_the_project_names_exists()
    {
        var yml = File.ReadAllLines(Path.Combine(Root, "m365agents.yml"));
        var paths = yml.Select(l => PathValue().Match(l)).Where(m => m.Success).Select(m => m.Groups["path"].Value)
            .Where(p => !p.Contains("${{", StringComparison.Ordinal) && !p.StartsWith("./appPackage/build", StringComparison.Ordinal) && !p.StartsWith("./artifacts", StringComparison.Ordinal))
            .ToList();

        Assert.Contains("./manifest/manifest.json", paths);
        Assert.Contains("./infra/main.bicep", paths);
        Assert.All(paths, p => Assert.True(File.Exists(Path.Combine(Root, p)) || Directory.Exists(Path.Combine(Root, p)), $"m365agents.yml names {p}, which does not exist."));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public void Every_placeholder_gets_a_value(string environment)
    {
        var used = new[] { "m365agents.yml", "manifest/manifest.json", "manifest/fr.json", "infra/azure.parameters.json" }
            .SelectMany(f => Placeholder().Matches(File.ReadAllText(Path.Combine(Root, f))).Select(m => m.Groups["name"].Value))
            .ToHashSet();
        var provided = EnvKeys(Path.Combine(Root, "env", $".env.{environment}"))
            .Concat(EnvKeys(Path.Combine(Root, "env", ".env.dev.user.example")))
            .Concat(Outputs())
            .Append("TEAMSFX_ENV")
            .ToHashSet();

        Assert.Empty(used.Except(provided));
    }

    [Fact]
    public void Personal_environment_files_stay_out_of_git()
    {
        Assert.Contains("env/.env.*.user", File.ReadAllLines(Path.Combine(Root, ".gitignore")));
    }

    private static IEnumerable<string> EnvKeys(string file) =>
        File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#' && l.Contains('=')).Select(l => l[..l.IndexOf('=')]);

    /// <summary>arm/deploy writes each output of main.bicep as an UPPER_SNAKE_CASE variable (botDomain: BOT_DOMAIN).</summary>
    private static IEnumerable<string> Outputs() =>
        OutputLine().Matches(File.ReadAllText(Path.Combine(Root, "infra", "main.bicep")))
            .Select(m => CamelBoundary().Replace(m.Groups["name"].Value, "$1_$2").ToUpperInvariant());

    [GeneratedRegex(@"(?:manifestPath|path|parameters|appPackagePath|artifactFolder):\s*(?<path>\./\S+)")]
    private static partial Regex PathValue();

    [GeneratedRegex(@"\$\{\{\s*(?<name>[A-Z0-9_]+)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^output\s+(?<name>\w+)\s", RegexOptions.Multiline)]
    private static partial Regex OutputLine();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex CamelBoundary();
}
