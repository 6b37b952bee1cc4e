using GovernanceBot.Domain.Catalogue.Questions;

namespace GovernanceBot.Domain.Catalogue.Links;

/// <summary>
/// The datasets linked to a use case: those it names (produced or used), those naming it, those the central
/// team linked, then suggestions not decided on yet — the same rules as <see cref="DatasetLinks"/>, read
/// from the use case's side.
/// </summary>
public static class UseCaseLinks
{
    public static IReadOnlyList<RelatedDataset> For(CatalogueUseCase useCase, CatalogueSnapshot snapshot, int max = 10)
    {
        var related = new List<RelatedDataset>();
        var shown = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Add(CatalogueDataset? dataset, DatasetRole role)
        {
            if (dataset is not null && shown.Add(dataset.Id)) related.Add(new RelatedDataset(dataset, role, false, 1));
        }
        foreach (var reference in useCase.DatasetsProduced) Add(snapshot.ResolveDataset(reference), DatasetRole.Produces);
        foreach (var reference in useCase.DatasetsUsed) Add(snapshot.ResolveDataset(reference), DatasetRole.Consumes);
        foreach (var dataset in snapshot.Datasets)
        {
            if (dataset.ProducedBy.Contains(useCase.Id, StringComparer.OrdinalIgnoreCase)) Add(dataset, DatasetRole.Produces);
            else if (dataset.ConsumedBy.Contains(useCase.Id, StringComparer.OrdinalIgnoreCase)) Add(dataset, DatasetRole.Consumes);
        }
        foreach (var decision in snapshot.Links.DecisionsForUseCase(useCase.Id).Where(d => d.Links).OrderBy(d => d.At))
        {
            Add(snapshot.FindDataset(decision.DatasetId), decision.Role);
        }
        var suggestions = snapshot.Links.SuggestionsForUseCase(useCase.Id)
            ?? snapshot.Datasets.SelectMany(d => snapshot.Suggester.Suggest(d)).Where(s => string.Equals(s.UseCaseId, useCase.Id, StringComparison.OrdinalIgnoreCase));
        related.AddRange(suggestions
            .Where(s => !shown.Contains(s.DatasetId) && snapshot.Links.DecisionFor(s.DatasetId, useCase.Id) is null)
            .OrderByDescending(s => s.Score)
            .Select(s => snapshot.FindDataset(s.DatasetId) is { } dataset ? new RelatedDataset(dataset, DatasetRole.Consumes, true, s.Score) : null)
            .OfType<RelatedDataset>()
            .Take(Math.Max(0, max - related.Count)));
        return related.Take(max).ToList();
    }
}
