using GovernanceBot.TestSupport;

namespace GovernanceBot.Domain.Tests.Catalogue;

/// <summary>The real public catalogues shipped beside the repository (../shared/data).</summary>
public static class SharedData
{
    public static string Folder { get; } = Path.GetFullPath(
        Environment.GetEnvironmentVariable("GOVERNANCEBOT_SHARED_DATA") ?? Path.Combine(RepositoryPaths.Root, "..", "shared", "data"));

    public static string FederalInventory => Path.Combine(Folder, "federal-ai-use-case-inventory-2025.csv");

    public static string DcatFolder => Path.Combine(Folder, "dcat-us");

    public static IEnumerable<string> DcatFiles => Directory.GetFiles(DcatFolder, "*.json").Order(StringComparer.Ordinal);
}
