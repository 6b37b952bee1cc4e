using System.Text.Json;

namespace GovernanceBot.Domain.Catalogue.Search;

/// <summary>
/// Bridges French questions and English records (and the reverse) offline: each entry groups words and
/// phrases of both languages that mean the same in the governance and public-sector vocabulary the
/// catalogues use. A word found in the question brings in every other member of its entries.
/// </summary>
public sealed class BilingualLexicon
{
    private readonly Dictionary<string, HashSet<string>> _equivalents = new(StringComparer.Ordinal);

    public BilingualLexicon(IEnumerable<LexiconEntry> entries)
    {
        foreach (var entry in entries)
        {
            var members = entry.Fr.Concat(entry.En).Select(TextFolding.Fold).Select(m => m.Trim()).Where(m => m.Length > 0).ToArray();
            foreach (var member in members)
            {
                if (!_equivalents.TryGetValue(member, out var set)) _equivalents[member] = set = new HashSet<string>(StringComparer.Ordinal);
                set.UnionWith(members.Where(m => m != member));
            }
        }
        LongestPhraseWords = _equivalents.Keys.Max(k => k.Split(' ').Length);
    }

    /// <summary>Words in the longest phrase, so the question scanner knows how far to look ahead.</summary>
    public int LongestPhraseWords { get; }

    public int Count => _equivalents.Count;

    public bool Contains(string foldedPhrase) => _equivalents.ContainsKey(foldedPhrase);

    /// <summary>The other-language (and same-language) equivalents of a folded word or phrase.</summary>
    public IReadOnlyCollection<string> Equivalents(string foldedPhrase) =>
        _equivalents.TryGetValue(foldedPhrase, out var set) ? set : [];

    /// <summary>The lexicon shipped with the bot (governance-lexicon.json, embedded).</summary>
    public static BilingualLexicon Default { get; } = LoadEmbedded();

    public static BilingualLexicon Load(Stream json)
    {
        var entries = JsonSerializer.Deserialize<List<LexiconEntry>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))
            ?? throw new InvalidDataException("The lexicon is empty.");
        return new BilingualLexicon(entries);
    }

    private static BilingualLexicon LoadEmbedded()
    {
        var assembly = typeof(BilingualLexicon).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("governance-lexicon.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return Load(stream);
    }
}
