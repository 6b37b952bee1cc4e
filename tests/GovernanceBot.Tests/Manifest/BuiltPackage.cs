using System.Text.Json.Nodes;

namespace GovernanceBot.Tests.Manifest;

/// <summary>Runs the packaging script once for a test class, with ids an admin would get from the deployment.</summary>
public sealed class BuiltPackage : IAsyncLifetime
{
    public const string BotId = "5d0f3c1a-8b2e-4f6d-9a17-c3e4b5a6d7f8";
    public const string TeamsAppId = "0b9e8d7c-6f5a-4e3d-8c2b-1a0f9e8d7c6b";
    public const string BotDomain = "app-governancebot-test.azurewebsites.net";
    public const string AppVersion = "1.4.2";

    private readonly string _directory = ManifestPaths.NewTemporaryDirectory("package");

    public string ZipPath => Path.Combine(_directory, "GovernanceBot.zip");

    /// <summary>The filled files the script leaves beside the zip.</summary>
    public string ExpandedDirectory => Path.Combine(_directory, "GovernanceBot");

    public JsonNode Manifest { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var result = await NodeProcess.RunAsync(
            ManifestPaths.PackageScript,
            "--bot-id", BotId,
            "--teams-app-id", TeamsAppId,
            "--bot-domain", $"https://{BotDomain}/",
            "--app-version", AppVersion,
            "--out", ZipPath);
        if (result.ExitCode != 0) throw new InvalidOperationException("Packaging failed: " + result);
        Manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(ExpandedDirectory, "manifest.json")))!;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}
