using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Links;
using GovernanceBot.Domain.Catalogue.Questions;

namespace GovernanceBot.Catalogue.Links;

/// <summary>The link command's cards: candidates to choose from, a link saved, a link removed.</summary>
internal static class LinkCards
{
    /// <summary>
    /// "Which one do you mean?": the candidates of one side, each with a Choose button carrying that id and the
    /// other side as chosen or typed (so a second choice may follow).
    /// </summary>
    public static AdaptiveCard Choose(RecordMatch side, string otherSide, Func<string, LinkChoiceData> choice, CatalogueSnapshot snapshot, Language language)
    {
        var intro = side.CandidateIds.Count == 1 ? CatalogueLinkTexts.ChooseOne
            : side.Kind == CatalogueKind.UseCases ? CatalogueLinkTexts.ChooseUseCase : CatalogueLinkTexts.ChooseDataset;
        var body = new List<CardElement>
        {
            CardKit.Title(CatalogueLinkTexts.ChooseTitle.In(language)),
            new TextBlock(intro.In(language, side.Text, otherSide)),
        };
        foreach (var id in side.CandidateIds)
        {
            var (name, detail) = Describe(side.Kind, id, snapshot);
            body.Add(new Container
            {
                Separator = true,
                Items =
                [
                    new TextBlock(CatalogueWords.Cite(name, id)) { Weight = TextWeight.Bolder },
                    .. detail.Length > 0 ? new CardElement[] { CardKit.Subtle(detail) } : [],
                    CardKit.ButtonRow(CardKit.Button(CatalogueLinkTexts.ChooseButton.In(language), CatalogueLinkVerbs.Pick, choice(id).ToJson())),
                ],
            });
        }
        return new AdaptiveCard { Lang = language.Code(), FallbackText = CatalogueLinkTexts.ChooseTitle.In(language), Body = body };
    }

    public static AdaptiveCard Linked(CatalogueUseCase useCase, CatalogueDataset dataset, LinkDecision decision, bool unchanged, Language language)
    {
        var body = new List<CardElement> { CardKit.Title(CatalogueLinkTexts.LinkedTitle.In(language)) };
        if (unchanged) body.Add(CardKit.Notice(CatalogueLinkTexts.AlreadyLinked.In(language), ContainerStyle.Emphasis));
        body.Add(new TextBlock(LinkWords.Sentence(useCase, dataset, decision.Role, language)));
        body.Add(CardKit.Subtle(CatalogueLinkTexts.ByLine.In(language, Who(decision), LinkWords.Date(decision.At))));
        body.Add(CardKit.ButtonRow(
            OpenDataset(dataset, language),
            CardKit.Button(CatalogueLinkTexts.OpenUseCaseButton.In(language), CatalogueVerbs.Open, new CatalogueActionData(CatalogueKind.UseCases, useCase.Id, "").ToJson()),
            CardKit.Button(CatalogueLinkTexts.UnlinkButton.In(language), CatalogueLinkVerbs.Unlink,
                new LinkPairData(dataset.Id, useCase.Id, decision.Role, null, "").ToJson(), ActionStyle.Destructive)));
        return new AdaptiveCard { Lang = language.Code(), FallbackText = CatalogueLinkTexts.LinkedTitle.In(language), Body = body };
    }

    public static AdaptiveCard Unlinked(CatalogueUseCase useCase, CatalogueDataset dataset, Language language) => new()
    {
        Lang = language.Code(),
        FallbackText = CatalogueLinkTexts.UnlinkedTitle.In(language),
        Body =
        [
            CardKit.Title(CatalogueLinkTexts.UnlinkedTitle.In(language)),
            new TextBlock(CatalogueLinkTexts.UnlinkedLine.In(language, CatalogueWords.Cite(useCase.Name, useCase.Id), CatalogueWords.Cite(dataset.Name, dataset.Id))),
            CardKit.ButtonRow(OpenDataset(dataset, language)),
        ],
    };

    private static ExecuteAction OpenDataset(CatalogueDataset dataset, Language language) =>
        CardKit.Button(CatalogueLinkTexts.OpenDatasetButton.In(language), CatalogueVerbs.Open, new CatalogueActionData(CatalogueKind.Datasets, dataset.Id, "").ToJson());

    private static string Who(LinkDecision decision) => decision.ByName.Length > 0 ? decision.ByName : decision.By;

    /// <summary>A candidate's name and what tells it apart: a dataset's owner, a use case's organisation and hub.</summary>
    private static (string Name, string Detail) Describe(CatalogueKind kind, string id, CatalogueSnapshot snapshot) => kind == CatalogueKind.UseCases
        ? snapshot.FindUseCase(id) is { } useCase ? (useCase.Name, string.Join(" — ", new[] { useCase.Organisation, useCase.Hub }.Where(p => p.Length > 0))) : (id, "")
        : snapshot.FindDataset(id) is { } dataset ? (dataset.Name, dataset.OwnerOrganisation) : (id, "");
}
