namespace GovernanceBot.TestSupport.Processes;

/// <summary>
/// Checks that the real tools a test drives are installed, and fails with the one command that
/// installs them. Tests never skip silently when a tool is missing: CI must not pass on nothing.
/// </summary>
public static class ToolPrerequisites
{
    private const string Fix = "Run `bash scripts/test.sh` from the repository root: it installs Debian's chromium and restores tests/tools with npm ci.";

    /// <summary>Debian's Chromium, or the browser named by CHROMIUM_PATH (the Node scripts honour it too).</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static void RequireNodeTools()
    {
        string[] required =
        [
            Path.Combine(RepositoryPaths.NodeModules, ".bin", "agentsplayground"),
            Path.Combine(RepositoryPaths.NodeModules, "adaptivecards", "dist", "adaptivecards.js"),
            Path.Combine(RepositoryPaths.NodeModules, "playwright-core", "package.json"),
        ];
        var missing = required.Where(path => !File.Exists(path)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The npm test tools are not installed (missing {string.Join(", ", missing)}). {Fix}");
        }
    }

    public static void RequireChromium()
    {
        RequireNodeTools();
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed ({ChromiumPath} is missing). {Fix}");
        }
    }
}
