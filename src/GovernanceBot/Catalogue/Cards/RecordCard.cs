using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Catalogue.Links;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Links;
using GovernanceBot.Domain.Catalogue.Questions;

namespace GovernanceBot.Catalogue.Cards;

/// <summary>
/// One use case's or dataset's card: its facts, its texts, and the linked records. For the central team
/// (<c>reviewable</c>) each suggested link has Confirm / Reject buttons (see <see cref="LinkReviewRows"/>).
/// </summary>
internal static class RecordCard
{
    public static AdaptiveCard For(CatalogueUseCase useCase, string question, Language language, IReadOnlyList<RelatedDataset>? datasets = null, bool reviewable = false) => Card(
        useCase.Name, CatalogueTexts.UseCaseLabel.In(language) + " · " + useCase.Id, language, question,
        [
            CardKit.Facts(
            [
                (CatalogueTexts.FactOrganisation.In(language), Join(useCase.Organisation, useCase.OrganisationName)),
                (CatalogueTexts.FactHub.In(language), useCase.Hub),
                (CatalogueTexts.FactStatus.In(language), CatalogueWords.Status(useCase.Status, language)),
                (CatalogueTexts.FactContact.In(language), Join(useCase.ContactName, useCase.ContactEmail)),
                (CatalogueTexts.FactPersonalData.In(language), CatalogueWords.YesNo(useCase.UsesPersonalData, language)),
                (CatalogueTexts.FactTopic.In(language), useCase.Topic),
                (CatalogueTexts.FactTechnique.In(language), useCase.Technique),
                (CatalogueTexts.FactSystems.In(language), string.Join(", ", useCase.SystemNames)),
            ]),
            .. Section(CatalogueTexts.SectionDescription.In(language), useCase.Description),
            .. Section(CatalogueTexts.SectionImpact.In(language), useCase.Impact),
            .. Section(CatalogueTexts.SectionData.In(language), useCase.DataDescription),
            .. UseCaseDatasetsSection.Elements(useCase, datasets ?? [], question, language, reviewable),
        ]);

    public static AdaptiveCard For(CatalogueDataset dataset, IReadOnlyList<RelatedUseCase> related, string question, Language language, bool reviewable = false) => Card(
        dataset.Name, CatalogueTexts.DatasetLabel.In(language) + " · " + dataset.Id, language, question,
        [
            CardKit.Facts(
            [
                (CatalogueTexts.FactOwner.In(language), Join(dataset.OwnerOrganisation, dataset.ParentOrganisation)),
                (CatalogueTexts.FactSteward.In(language), Join(dataset.StewardName, dataset.StewardEmail)),
                (CatalogueTexts.FactSensitivity.In(language), CatalogueWords.Sensitivity(dataset.Sensitivity, language)),
                (CatalogueTexts.FactPersonalData.In(language), CatalogueWords.YesNo(dataset.ContainsPersonalData, language)),
                (CatalogueTexts.FactFrequency.In(language), CatalogueWords.Frequency(dataset.UpdateFrequency, language)),
                (CatalogueTexts.FactDomain.In(language), dataset.Domain),
                (CatalogueTexts.FactSource.In(language), dataset.SourceSystem),
                (CatalogueTexts.FactCertification.In(language), dataset.Certification),
                (CatalogueTexts.FactModified.In(language), dataset.Modified),
            ]),
            .. Section(CatalogueTexts.SectionDescription.In(language), dataset.Description),
            .. Links(related, language, reviewable),
            .. (reviewable ? LinkReviewRows.ForDataset(dataset, related.Where(r => r.Suggested), question, language) : []),
        ]);

    private static AdaptiveCard Card(string name, string subtitle, Language language, string question, List<CardElement> content)
    {
        var body = new List<CardElement> { CardKit.Title(name), CardKit.Subtle(subtitle) };
        body.AddRange(content);
        return new AdaptiveCard
        {
            Lang = language.Code(),
            FallbackText = name,
            Body = body,
            Actions = question.Length == 0 ? null :
            [
                CardKit.Button(CatalogueTexts.AnswerTitle.In(language), CatalogueVerbs.Back, new() { ["question"] = question }),
            ],
        };
    }

    private static IEnumerable<CardElement> Section(string title, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) yield break;
        yield return new TextBlock(title) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
        yield return new TextBlock(text) { Spacing = Spacing.None, MaxLines = 12 };
    }

    private static IEnumerable<CardElement> Links(IReadOnlyList<RelatedUseCase> related, Language language, bool reviewable = false)
    {
        var stated = related.Where(r => !r.Suggested).ToList();
        var producers = stated.Where(r => r.Role == DatasetRole.Produces).Select(r => CatalogueWords.Cite(r.UseCase.Name, r.UseCase.Id)).ToList();
        var consumers = stated.Where(r => r.Role == DatasetRole.Consumes).Select(r => CatalogueWords.Cite(r.UseCase.Name, r.UseCase.Id)).ToList();
        var suggested = related.Where(r => r.Suggested && !reviewable).Select(r => $"{CatalogueWords.Cite(r.UseCase.Name, r.UseCase.Id)} ({r.Score:P0})").ToList();
        if (producers.Count > 0) yield return new TextBlock(CatalogueTexts.ProducedBy.In(language, string.Join(", ", producers))) { Spacing = Spacing.Medium };
        if (consumers.Count > 0) yield return new TextBlock(CatalogueTexts.ConsumedBy.In(language, string.Join(", ", consumers)));
        if (suggested.Count > 0) yield return CardKit.Subtle(CatalogueTexts.SuggestedLinks.In(language, string.Join(", ", suggested)));
    }

    private static string Join(string first, string second) =>
        string.Join(" — ", new[] { first, second }.Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase));
}
