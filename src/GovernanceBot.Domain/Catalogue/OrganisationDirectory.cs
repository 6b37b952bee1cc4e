using System.Collections.Concurrent;
using GovernanceBot.Domain.Catalogue.Search;

namespace GovernanceBot.Domain.Catalogue;

/// <summary>
/// The organisations and hubs the catalogues mention, with the names people use for them ("DHS",
/// "Department of Homeland Security", "CBP", "Veterans Health Administration"), folded for matching.
/// A code and the full name of the same organisation share one <see cref="OrganisationAlias"/>.
/// </summary>
public sealed class OrganisationDirectory
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "other", "all", "none", "n a", "office", "the", "department", "agency", "data", "ai", "use", "case", "hub", "team",
        "groupe", "group", "direction", "pilot", "production", "public", "and", "for", "des", "les", "office of the secretary",
    };

    private readonly Dictionary<string, OrganisationAlias> _aliases;

    private OrganisationDirectory(Dictionary<string, OrganisationAlias> aliases)
    {
        _aliases = aliases;
        LongestAliasWords = aliases.Count == 0 ? 0 : aliases.Keys.Max(a => a.Split(' ').Length);
    }

    public int LongestAliasWords { get; }

    /// <summary>What a folded phrase of the question names, if anything.</summary>
    public OrganisationAlias? Find(string foldedPhrase) => _aliases.GetValueOrDefault(foldedPhrase);

    /// <summary>
    /// The name's folded words, space-separated. Answers compare the organisation of every record in the
    /// catalogue, and a few hundred names recur across 100k records: each is folded once.
    /// </summary>
    public static string FoldName(string name)
    {
        if (FoldedNames.TryGetValue(name, out var folded)) return folded;
        folded = string.Join(' ', TextFolding.Words(name));
        if (FoldedNames.Count < MaxFoldedNames) FoldedNames.TryAdd(name, folded);
        return folded;
    }

    /// <summary>Bounds the memory of <see cref="FoldName"/>: names past this many are folded each time.</summary>
    private const int MaxFoldedNames = 20_000;

    private static readonly ConcurrentDictionary<string, string> FoldedNames = new(StringComparer.Ordinal);

    public static OrganisationDirectory Build(IEnumerable<CatalogueUseCase> useCases, IEnumerable<CatalogueDataset> datasets)
    {
        var aliases = new Dictionary<string, OrganisationAlias>(StringComparer.Ordinal);
        foreach (var group in useCases.Where(u => u.Organisation.Length > 0).GroupBy(u => u.Organisation, StringComparer.OrdinalIgnoreCase))
        {
            var fullName = group.Select(u => u.OrganisationName).FirstOrDefault(n => n.Length > 0) ?? "";
            var alias = new OrganisationAlias(OrganisationScope.Organisation, group.Key, fullName.Length > 0 ? fullName : group.Key,
                new HashSet<string>(new[] { FoldName(group.Key), FoldName(fullName) }.Where(n => n.Length > 0), StringComparer.Ordinal));
            Add(aliases, group.Key, alias);
            Add(aliases, fullName, alias);
        }
        foreach (var hub in useCases.Select(u => u.Hub).Where(h => h.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var names = HubNames(hub).ToList();
            var alias = new OrganisationAlias(OrganisationScope.Hub, hub, hub, names.Select(FoldName).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal));
            foreach (var name in names) Add(aliases, name, alias);
        }
        foreach (var owner in datasets.SelectMany(d => new[] { d.OwnerOrganisation, d.ParentOrganisation }).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            Add(aliases, owner, new OrganisationAlias(OrganisationScope.DatasetOwner, owner, owner, new HashSet<string>([FoldName(owner)], StringComparer.Ordinal)));
        }
        return new OrganisationDirectory(aliases);
    }

    private static bool IsAcronym(string word) => word.Length <= 10 && word.Any(char.IsLetter) && word.All(c => char.IsUpper(c) || char.IsDigit(c) || c is '&' or '-');

    /// <summary>"VHA: Veterans Health Administration" → itself, "VHA", "Veterans Health Administration"; "HHS/CDC" → "CDC".</summary>
    private static IEnumerable<string> HubNames(string hub)
    {
        yield return hub;
        foreach (var part in hub.Split([':', '/', '(', ')', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return part;
        }
    }

    private static void Add(Dictionary<string, OrganisationAlias> aliases, string name, OrganisationAlias alias)
    {
        var folded = FoldName(name);
        // Two-letter codes and everyday words would match ordinary questions ("va", "it", "other"); a
        // one-word name must be an acronym ("CBP", "NOAA"), or a hub called "Science" would eat the subject.
        if (folded.Length < 3 || NotNames.Contains(folded) || folded.Length > 120) return;
        if (!folded.Contains(' ') && !IsAcronym(name.Trim())) return;
        // Organisations win over hubs, hubs over dataset publishers; the first seen wins among equals.
        if (aliases.TryGetValue(folded, out var existing) && existing.Scope <= alias.Scope) return;
        aliases[folded] = alias;
    }
}
