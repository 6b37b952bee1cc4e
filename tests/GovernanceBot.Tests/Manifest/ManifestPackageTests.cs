using GovernanceBot.TestSupport.Processes;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovernanceBot.Tests.Manifest;

public sealed class ManifestPackageTests(BuiltPackage package) : IClassFixture<BuiltPackage>
{
    [Fact]
    public async Task Filled_manifest_and_its_translation_pass_the_official_Teams_schemas()
    {
        var result = await NodeProcess.RunAsync(ManifestPaths.Validator, package.ExpandedDirectory);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(ValidationErrors(result));
    }

    [Fact]
    public async Task Validation_reports_a_manifest_that_breaks_the_schema()
    {
        var broken = ManifestPaths.NewTemporaryDirectory("broken-package");
        try
        {
            foreach (var file in Directory.GetFiles(package.ExpandedDirectory)) File.Copy(file, Path.Combine(broken, Path.GetFileName(file)));
            var manifest = package.Manifest.DeepClone();
            manifest["accentColor"] = "blue";
            await File.WriteAllTextAsync(Path.Combine(broken, "manifest.json"), manifest.ToJsonString());

            var result = await NodeProcess.RunAsync(ManifestPaths.Validator, broken);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains(ValidationErrors(result), error => error.Contains("/accentColor", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(broken, recursive: true);
        }
    }

    [Fact]
    public void Zip_holds_the_manifest_icons_and_English_strings_at_its_root()
    {
        using var zip = ZipFile.OpenRead(package.ZipPath);

        var names = zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal);
        Assert.Equal(["color.png", "fr.json", "manifest.json", "outline.png"], names);
        foreach (var entry in zip.Entries)
        {
            using var content = new MemoryStream();
            using (var stream = entry.Open()) stream.CopyTo(content);
            Assert.Equal(File.ReadAllBytes(Path.Combine(package.ExpandedDirectory, entry.FullName)), content.ToArray());
        }
    }

    [Fact]
    public void Packaging_fills_every_placeholder_with_the_deployment_values()
    {
        var manifest = package.Manifest;
        var text = manifest.ToJsonString();

        Assert.DoesNotContain("${{", text, StringComparison.Ordinal);
        Assert.Equal(BuiltPackage.TeamsAppId, (string?)manifest["id"]);
        Assert.Equal(BuiltPackage.AppVersion, (string?)manifest["version"]);
        Assert.Equal(BuiltPackage.BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Contains(BuiltPackage.BotDomain, manifest["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal(BuiltPackage.BotId, (string?)manifest["webApplicationInfo"]!["id"]);
        Assert.Equal($"https://{BuiltPackage.BotDomain}/", (string?)manifest["developer"]!["websiteUrl"]);
    }

    [Fact]
    public async Task Packaging_without_a_bot_id_stops_and_says_what_is_missing()
    {
        var output = Path.Combine(ManifestPaths.NewTemporaryDirectory("no-bot-id"), "GovernanceBot.zip");

        var result = await NodeProcess.RunAsync(ManifestPaths.PackageScript, "--bot-domain", BuiltPackage.BotDomain, "--out", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("BOT_ID is required", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
    }

    [Fact]
    public async Task Packaging_rejects_a_bot_id_that_is_not_a_guid()
    {
        var output = Path.Combine(ManifestPaths.NewTemporaryDirectory("bad-bot-id"), "GovernanceBot.zip");

        var result = await NodeProcess.RunAsync(
            ManifestPaths.PackageScript, "--bot-id", "governancebot", "--bot-domain", BuiltPackage.BotDomain, "--out", output);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("BOT_ID 'governancebot' is not a GUID", result.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
    }

    private static string[] ValidationErrors(NodeScript.Result result)
    {
        var report = JsonNode.Parse(result.StandardOutput) ?? throw new JsonException("The validator printed nothing.");
        return report["errors"]!.AsArray().Select(e => (string)e!).ToArray();
    }
}
