using System.Diagnostics;
using GovernanceBot.Domain.Catalogue.Search.Bridge;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Catalogue;

/// <summary>
/// The French–English bridge of the catalogue search, read once from the FreeDict dictionaries Debian
/// installs (<c>apt-get install dict-freedict-fra-eng dict-freedict-eng-fra</c>) in
/// <see cref="CatalogueOptions.DictionaryFolder"/>. Reading both takes about 0.1 s and a few MB, so
/// nothing is cached. Without them the bot still starts: questions then match records in their own language.
/// </summary>
public sealed class LanguageBridge
{
    public LanguageBridge(IOptions<CatalogueOptions> options, ILogger<LanguageBridge> logger)
    {
        var folder = options.Value.DictionaryFolder;
        var clock = Stopwatch.StartNew();
        try
        {
            Terms = FreeDictPair.Load(name =>
            {
                var path = Path.Combine(folder, name);
                return File.Exists(path) ? File.OpenRead(path) : null;
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            logger.LogWarning(e, "The FreeDict dictionaries in {Folder} could not be read; French and English questions match records in their own language only", folder);
            Terms = TermBridge.None;
        }
        LoadTime = clock.Elapsed;
        Folder = folder;
    }

    public TermBridge Terms { get; }

    public TimeSpan LoadTime { get; }

    public string Folder { get; }

    /// <summary>One line for the start-up summary.</summary>
    public string Describe() => Terms.IsEnabled
        ? $"on ({Terms.Source} in {Folder}: {Terms.FrenchTerms:N0} French and {Terms.EnglishTerms:N0} English terms, read in {LoadTime.TotalMilliseconds:0} ms)"
        : $"off (no FreeDict dictionary in {Folder}: apt-get install dict-freedict-fra-eng dict-freedict-eng-fra); questions match records in their own language only";
}
