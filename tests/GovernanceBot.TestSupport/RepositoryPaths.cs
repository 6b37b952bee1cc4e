namespace GovernanceBot.TestSupport;

/// <summary>Finds the repository root (the folder holding GovernanceBot.sln) and the npm test tools.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>tests/tools: package.json, lockfile and the Node scripts tests run.</summary>
    public static string Tools => Path.Combine(Root, "tests", "tools");

    public static string NodeModules => Path.Combine(Tools, "node_modules");

    /// <summary>Where tests leave screenshots and logs (uploaded as artifacts by CI).</summary>
    public static string Artifacts
    {
        get
        {
            var path = Path.Combine(Root, "artifacts", "test");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GovernanceBot.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("GovernanceBot.sln not found above " + AppContext.BaseDirectory);
    }
}
