using System.Text.Json.Nodes;
using GovernanceBot.TestSupport;

namespace GovernanceBot.Tests.Infra;

public sealed class InfraTemplateTests
{
    private static string Infra => Path.Combine(RepositoryPaths.Root, "infra");
    private static string MainTemplate => Path.Combine(Infra, "main.bicep");
    private static string WebAppModule => Path.Combine(Infra, "modules", "webApp.bicep");
    private static string InfraGuide => Path.Combine(Infra, "README.md");
    private static string RepositoryReadme => Path.Combine(RepositoryPaths.Root, "README.md");

    [Fact]
    public void Every_module_main_bicep_uses_exists_and_every_module_file_is_used()
    {
        var referenced = BicepTemplate.ModuleReferences(MainTemplate)
            .Select(path => Path.GetFullPath(Path.Combine(Infra, path)))
            .ToArray();

        Assert.NotEmpty(referenced);
        Assert.All(referenced, path => Assert.True(File.Exists(path), $"main.bicep refers to {path}, which does not exist."));
        var moduleFiles = Directory.GetFiles(Path.Combine(Infra, "modules"), "*.bicep");
        Assert.Empty(moduleFiles.Select(Path.GetFullPath).Except(referenced));
    }

    [Fact]
    public void Every_app_setting_the_web_app_receives_is_documented()
    {
        var settings = BicepTemplate.AppSettingNames(WebAppModule, out _);
        var guide = ConfigurationTable.Rows(InfraGuide).ToDictionary(r => ConfigurationTable.Normalize(r.Key), r => r.Cells[0]);

        Assert.NotEmpty(settings);
        var undocumented = settings.Where(s => !guide.ContainsKey(ConfigurationTable.Normalize(s)));
        Assert.True(!undocumented.Any(), "Not in infra/README.md: " + string.Join(", ", undocumented));

        // The settings the bot reads must also be keys the bot documents, once the repository README
        // has its configuration table (until then the infra guide's table is the reference).
        var botKeys = ConfigurationTable.Rows(RepositoryReadme).Select(r => ConfigurationTable.Normalize(r.Key)).ToHashSet();
        if (botKeys.Count == 0) return;
        var unknownToTheBot = settings.Where(s => guide[ConfigurationTable.Normalize(s)] == "bot" && !botKeys.Contains(ConfigurationTable.Normalize(s)));
        Assert.True(!unknownToTheBot.Any(), "Set by infra but not a key in the README's configuration table: " + string.Join(", ", unknownToTheBot));
    }

    [Fact]
    public void Infra_guide_lists_only_settings_the_template_sets()
    {
        var settings = BicepTemplate.AppSettingNames(WebAppModule, out _).Select(ConfigurationTable.Normalize).ToHashSet();

        var stale = ConfigurationTable.Rows(InfraGuide).Select(r => r.Key).Where(k => !settings.Contains(ConfigurationTable.Normalize(k)));

        Assert.Empty(stale);
    }

    [Fact]
    public void Every_settings_object_reaches_the_web_app()
    {
        var source = File.ReadAllText(WebAppModule);
        BicepTemplate.AppSettingNames(WebAppModule, out var variables);

        var union = source.Split('\n').Single(line => line.StartsWith("var appSettings = union(", StringComparison.Ordinal));
        Assert.Contains("items(appSettings)", source, StringComparison.Ordinal);
        Assert.All(variables.Where(v => v != "appSettings"), v => Assert.Contains(v, union, StringComparison.Ordinal));
    }

    [Fact]
    public void Example_parameters_match_the_parameters_main_bicep_declares()
    {
        var declared = BicepTemplate.Parameters(MainTemplate);
        var example = JsonNode.Parse(File.ReadAllText(Path.Combine(Infra, "main.parameters.example.json")))!["parameters"]!.AsObject()
            .Select(p => p.Key)
            .ToArray();

        Assert.Empty(example.Except(declared.Keys));
        Assert.Empty(declared.Where(p => !p.Value).Select(p => p.Key).Except(example));
    }
}
