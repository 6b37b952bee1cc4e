using GovernanceBot.TestSupport;

namespace GovernanceBot.Tests.Manifest;

internal static class ManifestPaths
{
    public static string Source => Path.Combine(RepositoryPaths.Root, "manifest");
    public static string PackageScript => Path.Combine(RepositoryPaths.Root, "scripts", "package-manifest.js");
    public static string IconScript => Path.Combine(RepositoryPaths.Root, "scripts", "generate-icons.js");

    public static string Validator
    {
        get
        {
            if (!Directory.Exists(Path.Combine(RepositoryPaths.NodeModules, "@microsoft", "app-manifest")))
                throw new InvalidOperationException($"The Teams manifest schemas are missing: run `npm ci` in {RepositoryPaths.Tools}.");
            return Path.Combine(RepositoryPaths.Tools, "validate-manifest.js");
        }
    }

    /// <summary>A fresh folder under the system temp directory, so parallel tests never share output.</summary>
    public static string NewTemporaryDirectory(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), $"governancebot-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }
}
