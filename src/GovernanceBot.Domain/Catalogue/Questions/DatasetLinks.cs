using GovernanceBot.Domain.Catalogue.Search;

namespace GovernanceBot.Domain.Catalogue.Questions;

/// <summary>
/// Finds the use cases linked to a dataset: the links the catalogues state (either side may name the
/// other by id, source identifier, landing page or name), then suggested links — a use case of the same
/// organisation whose data description or system names mention most of the dataset's name.
/// </summary>
public static class DatasetLinks
{
    /// <summary>Share of the dataset name's words a use case must mention to be suggested.</summary>
    public const double SuggestionThreshold = 0.6;

    public static IReadOnlyList<RelatedUseCase> For(CatalogueDataset dataset, CatalogueSnapshot snapshot, int max = 5)
    {
        var references = new HashSet<string>(
            new[] { dataset.Id, dataset.SourceIdentifier, dataset.LandingPage, dataset.Name }.Where(r => r.Length > 0), StringComparer.OrdinalIgnoreCase);
        var lookup = snapshot.UseCaseLookup;
        // Only use cases named by the dataset, or naming it, can be linked: look them up rather than read
        // the whole catalogue, then keep the catalogue's order.
        var named = new SortedSet<int>();
        foreach (var id in dataset.ProducedBy.Concat(dataset.ConsumedBy)) named.UnionWith(lookup.WithId(id));
        foreach (var reference in references) named.UnionWith(lookup.Naming(reference));
        var related = new List<RelatedUseCase>();
        foreach (var useCase in named.Select(position => lookup.All[position]))
        {
            if (dataset.ProducedBy.Contains(useCase.Id, StringComparer.OrdinalIgnoreCase) || useCase.DatasetsProduced.Any(references.Contains))
            {
                related.Add(new RelatedUseCase(useCase, DatasetRole.Produces, false, 1));
            }
            else if (dataset.ConsumedBy.Contains(useCase.Id, StringComparer.OrdinalIgnoreCase) || useCase.DatasetsUsed.Any(references.Contains))
            {
                related.Add(new RelatedUseCase(useCase, DatasetRole.Consumes, false, 1));
            }
        }
        if (related.Count < max) related.AddRange(Suggestions(dataset, snapshot, related.Select(r => r.UseCase.Id).ToHashSet(), max - related.Count));
        return related.Take(max).ToList();
    }

    private static IEnumerable<RelatedUseCase> Suggestions(CatalogueDataset dataset, CatalogueSnapshot snapshot, HashSet<string> already, int max)
    {
        var nameWords = TextFolding.Words(dataset.Name).Where(w => w.Length > 2 && !QuestionVocabulary.StopWords.Contains(w) && !Generic.Contains(w)).Distinct().ToArray();
        if (nameWords.Length < 2) return [];
        var owner = " " + OrganisationDirectory.FoldName(dataset.OwnerOrganisation) + " " + OrganisationDirectory.FoldName(dataset.ParentOrganisation) + " ";
        return SameOrganisation(snapshot.UseCaseLookup, owner)
            .Where(u => !already.Contains(u.Id))
            .Select(u =>
            {
                var text = " " + string.Join(' ', TextFolding.Words(u.DataDescription + " " + string.Join(' ', u.SystemNames))) + " ";
                var score = nameWords.Count(w => text.Contains(" " + w, StringComparison.Ordinal)) / (double)nameWords.Length;
                return new RelatedUseCase(u, DatasetRole.Consumes, true, score);
            })
            .Where(r => r.Score >= SuggestionThreshold)
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.UseCase.Name, StringComparer.OrdinalIgnoreCase)
            .Take(max);
    }

    /// <summary>
    /// Use cases, in catalogue order, whose organisation name (over three letters) or code (over one)
    /// appears as whole words in the folded owners.
    /// </summary>
    private static IEnumerable<CatalogueUseCase> SameOrganisation(UseCaseLookup lookup, string foldedOwners)
    {
        var names = lookup.ByOrganisationName.Where(n => n.Key.Length > 3 && foldedOwners.Contains(" " + n.Key + " ", StringComparison.Ordinal));
        var codes = lookup.ByOrganisationCode.Where(c => c.Key.Length > 1 && foldedOwners.Contains(" " + c.Key + " ", StringComparison.Ordinal));
        return names.Concat(codes).SelectMany(n => n.Value).Distinct().Order().Select(position => lookup.All[position]);
    }

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal) { "data", "dataset", "file", "files", "report", "reports", "donnees", "fichier" };
}
