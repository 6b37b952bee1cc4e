namespace GovernanceBot.Domain.Catalogue.Search;

/// <summary>
/// The datasets offered while someone types in the submission wizard's typeahead: names (or ids) that every
/// typed word starts a word of come first, alphabetically — what people expect from a picker — then what the
/// catalogue search finds by meaning (synonyms, translations, descriptions), best first, without repeats.
/// </summary>
public static class DatasetSuggestions
{
    /// <summary>
    /// The catalogue search for <paramref name="text"/>: each typed word with its translations (a picker does
    /// not know which language is being typed, so both directions of the bridge are asked), datasets only.
    /// </summary>
    public static CatalogueSearchRequest Request(string text, Bridge.TermBridge bridge, int top) =>
        new([.. TextFolding.Words(text).Where(w => w.Length >= 2).Distinct()
            .Select(w => new QueryTermGroup(w, [.. bridge.Translate(w, Language.French).Concat(bridge.Translate(w, Language.English)).Distinct()]))], top)
        {
            Kind = CatalogueKind.Datasets,
        };

    public static IReadOnlyList<CatalogueDataset> Rank(string text, CatalogueSnapshot snapshot, IReadOnlyList<CatalogueSearchHit> hits, int skip, int top)
    {
        var typed = TextFolding.Words(text);
        var byName = snapshot.Datasets
            .Where(d => typed.Count == 0 || StartsWords(typed, d.Name) || StartsWords(typed, d.Id))
            .OrderBy(d => TextFolding.Fold(d.Name), StringComparer.Ordinal)
            .ThenBy(d => d.Id, StringComparer.Ordinal);
        var byMeaning = hits
            .Where(h => h.Record.Kind == CatalogueKind.Datasets)
            .Select(h => snapshot.FindDataset(h.Record.Id))
            .OfType<CatalogueDataset>();
        return [.. byName.Concat(byMeaning).DistinctBy(d => d.Id).Skip(skip).Take(top)];
    }

    /// <summary>True when each typed word is the start of some word of <paramref name="value"/> ("cust trans" → "Customer transactions").</summary>
    private static bool StartsWords(IReadOnlyList<string> typed, string value)
    {
        var words = TextFolding.Words(value);
        return typed.All(t => words.Any(w => w.StartsWith(t, StringComparison.Ordinal)));
    }
}
