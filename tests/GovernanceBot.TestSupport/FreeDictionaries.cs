using GovernanceBot.Domain.Catalogue.Search.Bridge;

namespace GovernanceBot.TestSupport;

/// <summary>
/// The real FreeDict French–English dictionaries Debian installs (scripts/test.sh installs them), read
/// once for every test that bridges French questions and English records.
/// </summary>
public static class FreeDictionaries
{
    public const string Folder = "/usr/share/dictd";

    private static readonly Lazy<TermBridge> Loaded = new(() =>
    {
        var bridge = FreeDictPair.Load(name =>
        {
            var path = Path.Combine(Folder, name);
            return File.Exists(path) ? File.OpenRead(path) : null;
        });
        return bridge.IsEnabled ? bridge : throw new InvalidOperationException(
            $"The FreeDict dictionaries are missing from {Folder}: run scripts/test.sh, or apt-get install dict-freedict-fra-eng dict-freedict-eng-fra.");
    });

    public static TermBridge Bridge => Loaded.Value;
}
