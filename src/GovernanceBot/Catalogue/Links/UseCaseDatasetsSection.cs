using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Links;
using GovernanceBot.Domain.Catalogue.Questions;

namespace GovernanceBot.Catalogue.Links;

/// <summary>
/// The datasets section of a use case's card: what it produces and uses (stated in a catalogue or by the
/// central team), then suggestions — a subtle line for most people, review rows for the central team.
/// </summary>
internal static class UseCaseDatasetsSection
{
    public static IEnumerable<CardElement> Elements(CatalogueUseCase useCase, IReadOnlyList<RelatedDataset> datasets, string question, Language language, bool reviewable)
    {
        if (datasets.Count == 0) yield break;
        yield return new TextBlock(CatalogueLinkTexts.DatasetsHeading.In(language)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
        var stated = datasets.Where(d => !d.Suggested).ToList();
        var produces = stated.Where(d => d.Role == DatasetRole.Produces).Select(d => CatalogueWords.Cite(d.Dataset.Name, d.Dataset.Id)).ToList();
        var uses = stated.Where(d => d.Role == DatasetRole.Consumes).Select(d => CatalogueWords.Cite(d.Dataset.Name, d.Dataset.Id)).ToList();
        if (produces.Count > 0) yield return new TextBlock(CatalogueLinkTexts.ProducesDatasets.In(language, string.Join(", ", produces))) { Spacing = Spacing.None };
        if (uses.Count > 0) yield return new TextBlock(CatalogueLinkTexts.UsesDatasets.In(language, string.Join(", ", uses))) { Spacing = Spacing.None };
        var suggested = datasets.Where(d => d.Suggested).ToList();
        if (suggested.Count == 0) yield break;
        if (reviewable)
        {
            foreach (var row in LinkReviewRows.ForUseCase(useCase, suggested, question, language)) yield return row;
            yield break;
        }
        yield return CardKit.Subtle(CatalogueLinkTexts.SuggestedDatasets.In(language,
            string.Join(", ", suggested.Select(d => $"{CatalogueWords.Cite(d.Dataset.Name, d.Dataset.Id)} ({LinkWords.Score(d.Score, language)})"))));
    }
}
