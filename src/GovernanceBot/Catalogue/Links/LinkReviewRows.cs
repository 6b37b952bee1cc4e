using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Links;
using GovernanceBot.Domain.Catalogue.Questions;

namespace GovernanceBot.Catalogue.Links;

/// <summary>
/// The suggested links of a record card as the central team sees them: one row per suggestion with its score
/// and Confirm / Reject buttons that carry the pair and the card to draw again.
/// </summary>
internal static class LinkReviewRows
{
    public static IEnumerable<CardElement> ForDataset(CatalogueDataset dataset, IEnumerable<RelatedUseCase> suggested, string question, Language language) =>
        Rows(suggested.Select(s => (CatalogueWords.Cite(s.UseCase.Name, s.UseCase.Id), s.Score,
            new LinkPairData(dataset.Id, s.UseCase.Id, s.Role, RecordRef.Dataset(dataset.Id), question))), language);

    public static IEnumerable<CardElement> ForUseCase(CatalogueUseCase useCase, IEnumerable<RelatedDataset> suggested, string question, Language language) =>
        Rows(suggested.Select(s => (CatalogueWords.Cite(s.Dataset.Name, s.Dataset.Id), s.Score,
            new LinkPairData(s.Dataset.Id, useCase.Id, s.Role, RecordRef.UseCase(useCase.Id), question))), language);

    private static IEnumerable<CardElement> Rows(IEnumerable<(string Cite, double Score, LinkPairData Data)> suggestions, Language language)
    {
        var rows = suggestions.ToList();
        if (rows.Count == 0) yield break;
        yield return new TextBlock(CatalogueLinkTexts.ReviewHeading.In(language)) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
        foreach (var (cite, score, data) in rows)
        {
            yield return new Container
            {
                Separator = true,
                Items =
                [
                    new TextBlock(CatalogueLinkTexts.ReviewLine.In(language, cite, LinkWords.Score(score, language))),
                    CardKit.ButtonRow(
                        CardKit.Button(CatalogueLinkTexts.ConfirmButton.In(language), CatalogueLinkVerbs.Confirm, data.ToJson(), ActionStyle.Positive),
                        CardKit.Button(CatalogueLinkTexts.RejectButton.In(language), CatalogueLinkVerbs.Reject, data.ToJson())),
                ],
            };
        }
    }
}
