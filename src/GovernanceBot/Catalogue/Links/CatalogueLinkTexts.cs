using GovernanceBot.Localization;

namespace GovernanceBot.Catalogue.Links;

/// <summary>The FR/EN texts of CatalogueLinks.texts.json, one checked reference per key.</summary>
internal static class CatalogueLinkTexts
{
    public static readonly TextCatalog Catalog = TextCatalog.Load("CatalogueLinks.texts.json");

    public static readonly TextRef HelpTopicTitle = Catalog.Ref(nameof(HelpTopicTitle));
    public static readonly TextRef HelpTopicDescription = Catalog.Ref(nameof(HelpTopicDescription));
    public static readonly TextRef Usage = Catalog.Ref(nameof(Usage));
    public static readonly TextRef UnlinkUsage = Catalog.Ref(nameof(UnlinkUsage));
    public static readonly TextRef Refused = Catalog.Ref(nameof(Refused));
    public static readonly TextRef Unclear = Catalog.Ref(nameof(Unclear));
    public static readonly TextRef UseCaseNotFound = Catalog.Ref(nameof(UseCaseNotFound));
    public static readonly TextRef DatasetNotFound = Catalog.Ref(nameof(DatasetNotFound));
    public static readonly TextRef ChooseTitle = Catalog.Ref(nameof(ChooseTitle));
    public static readonly TextRef ChooseUseCase = Catalog.Ref(nameof(ChooseUseCase));
    public static readonly TextRef ChooseDataset = Catalog.Ref(nameof(ChooseDataset));
    public static readonly TextRef ChooseOne = Catalog.Ref(nameof(ChooseOne));
    public static readonly TextRef ChooseButton = Catalog.Ref(nameof(ChooseButton));
    public static readonly TextRef LinkedTitle = Catalog.Ref(nameof(LinkedTitle));
    public static readonly TextRef AlreadyLinked = Catalog.Ref(nameof(AlreadyLinked));
    public static readonly TextRef ProducesLine = Catalog.Ref(nameof(ProducesLine));
    public static readonly TextRef ConsumesLine = Catalog.Ref(nameof(ConsumesLine));
    public static readonly TextRef ByLine = Catalog.Ref(nameof(ByLine));
    public static readonly TextRef UnlinkButton = Catalog.Ref(nameof(UnlinkButton));
    public static readonly TextRef OpenDatasetButton = Catalog.Ref(nameof(OpenDatasetButton));
    public static readonly TextRef OpenUseCaseButton = Catalog.Ref(nameof(OpenUseCaseButton));
    public static readonly TextRef UnlinkedTitle = Catalog.Ref(nameof(UnlinkedTitle));
    public static readonly TextRef UnlinkedLine = Catalog.Ref(nameof(UnlinkedLine));
    public static readonly TextRef NotLinked = Catalog.Ref(nameof(NotLinked));
    public static readonly TextRef StatedInRecord = Catalog.Ref(nameof(StatedInRecord));
    public static readonly TextRef ReviewHeading = Catalog.Ref(nameof(ReviewHeading));
    public static readonly TextRef ReviewLine = Catalog.Ref(nameof(ReviewLine));
    public static readonly TextRef ConfirmButton = Catalog.Ref(nameof(ConfirmButton));
    public static readonly TextRef RejectButton = Catalog.Ref(nameof(RejectButton));
    public static readonly TextRef Confirmed = Catalog.Ref(nameof(Confirmed));
    public static readonly TextRef Rejected = Catalog.Ref(nameof(Rejected));
    public static readonly TextRef AlreadyConfirmed = Catalog.Ref(nameof(AlreadyConfirmed));
    public static readonly TextRef AlreadyRejected = Catalog.Ref(nameof(AlreadyRejected));
    public static readonly TextRef RecordGone = Catalog.Ref(nameof(RecordGone));
    public static readonly TextRef DatasetsHeading = Catalog.Ref(nameof(DatasetsHeading));
    public static readonly TextRef ProducesDatasets = Catalog.Ref(nameof(ProducesDatasets));
    public static readonly TextRef UsesDatasets = Catalog.Ref(nameof(UsesDatasets));
    public static readonly TextRef SuggestedDatasets = Catalog.Ref(nameof(SuggestedDatasets));
}
