using GovernanceBot.Domain.Catalogue.Links;

namespace GovernanceBot.Domain.Catalogue.Questions;

/// <summary>
/// Finds the use cases linked to a dataset: the links the catalogues state (either side may name the
/// other by id, source identifier, landing page or name) and the links the central team made, then
/// suggested links (<see cref="LinkSuggester"/>) the central team has not decided on yet — a confirmed
/// suggestion is a stated link, a rejected one is no longer shown.
/// </summary>
public static class DatasetLinks
{
    /// <summary>Share of the dataset name's words a use case must mention to be suggested.</summary>
    public const double SuggestionThreshold = LinkSuggester.Threshold;

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
        var shown = related.Select(r => r.UseCase.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var decision in snapshot.Links.DecisionsForDataset(dataset.Id).Where(d => d.Links).OrderBy(d => d.At))
        {
            if (snapshot.FindUseCase(decision.UseCaseId) is { } useCase && shown.Add(useCase.Id))
            {
                related.Add(new RelatedUseCase(useCase, decision.Role, false, 1));
            }
        }
        var suggestions = snapshot.Links.SuggestionsForDataset(dataset.Id) ?? snapshot.Suggester.Suggest(dataset);
        related.AddRange(suggestions
            .Where(s => !shown.Contains(s.UseCaseId) && snapshot.Links.DecisionFor(dataset.Id, s.UseCaseId) is null)
            .OrderByDescending(s => s.Score)
            .Select(s => snapshot.FindUseCase(s.UseCaseId) is { } useCase ? new RelatedUseCase(useCase, DatasetRole.Consumes, true, s.Score) : null)
            .OfType<RelatedUseCase>()
            .Take(Math.Max(0, max - related.Count)));
        return related.Take(max).ToList();
    }
}
