using System.Diagnostics;
using GovernanceBot.Domain.Catalogue.Search.Bridge;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Catalogue;

/// <summary>
/// The French–English bridge of the catalogue search, read once from the FreeDict dictionaries Debian
/// installs (<c>apt-get install dict-freedict-fra-eng dict-freedict-eng-fra</c>) in
/// <see cref="CatalogueOptions.DictionaryFolder"/>. Reading both takes a few tenths of a second and a few
/// MB, so it happens in the background the first time the catalogue is needed (the catalogue start-up
/// task, or an earlier question); questions wait for it (<see cref="TermsAsync"/>). Without the dictionaries the bot still works:
/// questions then match records in their own language.
/// </summary>
public sealed class LanguageBridge
{
    private readonly Lazy<Task<TermBridge>> _loading;

    public LanguageBridge(IOptions<CatalogueOptions> options, ILogger<LanguageBridge> logger)
    {
        Folder = options.Value.DictionaryFolder;
        _loading = new(() => Task.Run(() => Load(logger)));
    }

    public string Folder { get; }

    /// <summary>The dictionaries' terms once read (<see cref="TermBridge.None"/> when there are none).</summary>
    public Task<TermBridge> TermsAsync() => _loading.Value;

    private TermBridge Load(ILogger logger)
    {
        var clock = Stopwatch.StartNew();
        TermBridge terms;
        try
        {
            terms = FreeDictPair.Load(name =>
            {
                var path = Path.Combine(Folder, name);
                return File.Exists(path) ? File.OpenRead(path) : null;
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            logger.LogWarning(e, "The FreeDict dictionaries in {Folder} could not be read; French and English questions match records in their own language only", Folder);
            terms = TermBridge.None;
        }
        logger.LogInformation("Language bridge: {Bridge}", Describe(terms, clock.Elapsed));
        return terms;
    }

    private string Describe(TermBridge terms, TimeSpan loadTime) => terms.IsEnabled
        ? $"on ({terms.Source} in {Folder}: {terms.FrenchTerms:N0} French and {terms.EnglishTerms:N0} English terms, read in {loadTime.TotalMilliseconds:0} ms)"
        : $"off (no FreeDict dictionary in {Folder}: apt-get install dict-freedict-fra-eng dict-freedict-eng-fra); questions match records in their own language only";
}
