using GovernanceBot.Localization;

namespace GovernanceBot.Catalogue.Browse;

/// <summary>The FR/EN texts of CatalogueBrowse.texts.json, one checked reference per key.</summary>
internal static class BrowseTexts
{
    public static readonly TextCatalog Catalog = TextCatalog.Load("CatalogueBrowse.texts.json");

    public static readonly TextRef HelpTitle = Catalog.Ref(nameof(HelpTitle));
    public static readonly TextRef HelpDescription = Catalog.Ref(nameof(HelpDescription));
    public static readonly TextRef Title = Catalog.Ref(nameof(Title));
    public static readonly TextRef WordsLine = Catalog.Ref(nameof(WordsLine));
    public static readonly TextRef PageLine = Catalog.Ref(nameof(PageLine));
    public static readonly TextRef PageLineCapped = Catalog.Ref(nameof(PageLineCapped));
    public static readonly TextRef NoResults = Catalog.Ref(nameof(NoResults));
    public static readonly TextRef RemoveFiltersHint = Catalog.Ref(nameof(RemoveFiltersHint));
    public static readonly TextRef RemoveFilters = Catalog.Ref(nameof(RemoveFilters));
    public static readonly TextRef FiltersTitle = Catalog.Ref(nameof(FiltersTitle));
    public static readonly TextRef WordsLabel = Catalog.Ref(nameof(WordsLabel));
    public static readonly TextRef WordsPlaceholder = Catalog.Ref(nameof(WordsPlaceholder));
    public static readonly TextRef KindLabel = Catalog.Ref(nameof(KindLabel));
    public static readonly TextRef KindUseCases = Catalog.Ref(nameof(KindUseCases));
    public static readonly TextRef KindDatasets = Catalog.Ref(nameof(KindDatasets));
    public static readonly TextRef OrganisationLabel = Catalog.Ref(nameof(OrganisationLabel));
    public static readonly TextRef HubLabel = Catalog.Ref(nameof(HubLabel));
    public static readonly TextRef StatusLabel = Catalog.Ref(nameof(StatusLabel));
    public static readonly TextRef ThemeLabel = Catalog.Ref(nameof(ThemeLabel));
    public static readonly TextRef DataLabel = Catalog.Ref(nameof(DataLabel));
    public static readonly TextRef Any = Catalog.Ref(nameof(Any));
    public static readonly TextRef DataPersonal = Catalog.Ref(nameof(DataPersonal));
    public static readonly TextRef DataNonPublic = Catalog.Ref(nameof(DataNonPublic));
    public static readonly TextRef Counted = Catalog.Ref(nameof(Counted));
    public static readonly TextRef Apply = Catalog.Ref(nameof(Apply));
    public static readonly TextRef Previous = Catalog.Ref(nameof(Previous));
    public static readonly TextRef Next = Catalog.Ref(nameof(Next));
    public static readonly TextRef UnknownOrganisation = Catalog.Ref(nameof(UnknownOrganisation));
    public static readonly TextRef UnknownHub = Catalog.Ref(nameof(UnknownHub));
    public static readonly TextRef UnknownTheme = Catalog.Ref(nameof(UnknownTheme));
    public static readonly TextRef PageBeforeStart = Catalog.Ref(nameof(PageBeforeStart));
    public static readonly TextRef PageBeyondEnd = Catalog.Ref(nameof(PageBeyondEnd));
    public static readonly TextRef BadPage = Catalog.Ref(nameof(BadPage));
    public static readonly TextRef BadFilter = Catalog.Ref(nameof(BadFilter));
    public static readonly TextRef WordsTooLong = Catalog.Ref(nameof(WordsTooLong));
}
