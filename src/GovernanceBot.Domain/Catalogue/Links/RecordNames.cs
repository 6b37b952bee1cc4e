using GovernanceBot.Domain.Catalogue.Search;

namespace GovernanceBot.Domain.Catalogue.Links;

/// <summary>
/// Finds records by what someone typed: an id (or a dataset's source identifier or landing page), an exact
/// name (case and accents aside), or a name every typed word starts a word of ("reclam cli" → "Réclamations
/// clients"). Names are folded once, so many readings of one command cost one pass over the catalogue.
/// </summary>
public sealed class RecordNames
{
    private readonly CatalogueSnapshot _snapshot;
    private readonly CatalogueKind _kind;
    private readonly List<(string Id, string Name, string Folded, IReadOnlyList<string> Words)> _names;

    public RecordNames(CatalogueSnapshot snapshot, CatalogueKind kind)
    {
        _snapshot = snapshot;
        _kind = kind;
        var records = kind == CatalogueKind.UseCases
            ? snapshot.UseCases.Select(u => (u.Id, u.Name))
            : snapshot.Datasets.Select(d => (d.Id, d.Name));
        _names = [.. records.Select(r =>
        {
            var words = TextFolding.Words(r.Name);
            return (r.Id, r.Name, string.Join(' ', words), words);
        })];
    }

    /// <summary>The match without the search engine; candidates are the names holding every typed word, shortest first.</summary>
    public RecordMatch Match(string text)
    {
        text = text.Trim();
        if (text.Length == 0) return new RecordMatch(_kind, text, [], false);
        var byId = _kind == CatalogueKind.UseCases ? _snapshot.FindUseCase(text)?.Id : _snapshot.ResolveDataset(text)?.Id;
        if (byId is not null) return RecordMatch.One(_kind, text, byId);
        var typed = TextFolding.Words(text);
        if (typed.Count == 0) return new RecordMatch(_kind, text, [], false);
        var folded = string.Join(' ', typed);
        var exact = _names.Where(n => n.Folded == folded).Select(n => n.Id).ToList();
        if (exact.Count > 0) return new RecordMatch(_kind, text, exact, exact.Count == 1) { Strong = true };
        var named = _names
            .Where(n => typed.All(t => n.Words.Any(w => w.StartsWith(t, StringComparison.Ordinal))))
            .OrderBy(n => n.Words.Count).ThenBy(n => n.Folded, StringComparer.Ordinal)
            .Select(n => n.Id)
            .ToList();
        return new RecordMatch(_kind, text, named, named.Count == 1);
    }
}
