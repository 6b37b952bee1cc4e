using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Browse;

namespace GovernanceBot.Domain.Tests.Catalogue.Browse;

/// <summary>Browsing: filters are exact, pages cover every record once, facets offer what the records hold, bad requests are corrected and said.</summary>
public sealed class CatalogueBrowserTests(SmallCatalogue catalogue) : IClassFixture<SmallCatalogue>
{
    private readonly CatalogueBrowser _browser = new(catalogue.Index, new BrowseOptions());

    private BrowseResult Browse(BrowseFilters? filters = null, int page = 1, string words = "")
    {
        var read = BrowseWords.Read(words, catalogue.Interpreter, catalogue.Snapshot, Language.English);
        var request = new BrowseRequest(words, (filters ?? BrowseFilters.None).Over(read.Filters), page);
        return _browser.Browse(request, read.Terms, catalogue.Snapshot);
    }

    private static string[] Ids(BrowseResult result) => result.Items.Select(i => i.Ref.Id).ToArray();

    [Fact]
    public void Without_words_or_filters_every_record_is_listed_by_name_eight_a_page()
    {
        var first = Browse();

        Assert.Equal(catalogue.RecordCount, first.Total);
        Assert.Equal(4, first.PageCount);
        Assert.Equal(8, first.Items.Count);
        Assert.Equal(first.Items.Select(i => i.Name).Order(StringComparer.OrdinalIgnoreCase), first.Items.Select(i => i.Name));
        Assert.False(first.HasPrevious);
        Assert.True(first.HasNext);
        Assert.Empty(first.Problems);
    }

    [Fact]
    public void Pages_cover_every_record_exactly_once_and_the_last_holds_the_rest()
    {
        var pages = Enumerable.Range(1, 4).Select(page => Browse(page: page)).ToList();

        var seen = pages.SelectMany(Ids).ToList();
        Assert.Equal(catalogue.RecordCount, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(catalogue.RecordCount - 24, pages[3].Items.Count);
        Assert.True(pages[3].HasPrevious);
        Assert.False(pages[3].HasNext);
    }

    public static TheoryData<string, BrowseFilters, string[]> Filters() => new()
    {
        { "organisation spans both catalogues, any case", new BrowseFilters { Organisation = "nasa" }, ["DS-AIR", "UC-SMOKE"] },
        { "a hub belongs to use cases only", new BrowseFilters { Hub = "CBP" }, ["UC-FRAUD"] },
        { "status", new BrowseFilters { Status = UseCaseStatus.InProduction }, ["UC-FRAUD", "UC-SMOKE"] },
        { "one theme among a dataset's several", new BrowseFilters { Theme = "Finance" }, ["DS-CLAIMS"] },
        { "theme across catalogues", new BrowseFilters { Theme = "science" }, ["DS-AIR", "UC-SMOKE"] },
        { "personal data", new BrowseFilters { Data = DataConcern.PersonalData }, ["DS-CLAIMS", "UC-FRAUD", "UC-XRAY"] },
        { "non-public data", new BrowseFilters { Data = DataConcern.NonPublic }, ["DS-CLAIMS"] },
        { "datasets only", new BrowseFilters { Kind = CatalogueKind.Datasets }, ["DS-AIR", "DS-CLAIMS"] },
        { "filters combine", new BrowseFilters { Organisation = "DHS", Data = DataConcern.PersonalData, Kind = CatalogueKind.UseCases }, ["UC-FRAUD"] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Each_filter_is_exact(string because, BrowseFilters filters, string[] expected)
    {
        var result = Browse(filters);

        Assert.True(expected.SequenceEqual(Ids(result).Order()), because + ": " + string.Join(", ", Ids(result)));
        Assert.Equal(expected.Length, result.Total);
    }

    [Fact]
    public void A_filter_value_is_applied_as_the_records_spell_it()
    {
        var result = Browse(new BrowseFilters { Organisation = "nasa", Hub = "earth science" });

        Assert.Equal("NASA", result.Applied.Filters.Organisation);
        Assert.Equal("Earth Science", result.Applied.Filters.Hub);
    }

    [Fact]
    public void Facets_offer_the_values_the_records_hold_counted_with_the_other_filters()
    {
        var all = Browse();
        var inProduction = Browse(new BrowseFilters { Status = UseCaseStatus.InProduction });

        Assert.Equal([("VA", 20), ("DHS", 2), ("NASA", 2), ("HHS", 1)], all.Facets.Organisations.Select(f => (f.Value, f.Count)));
        Assert.Equal(["Finance", "Government services", "Health", "Law enforcement", "Science"], all.Facets.Themes.Select(f => f.Value).Order());
        Assert.Equal([(CatalogueKind.UseCases, 23), (CatalogueKind.Datasets, 2)], all.Facets.Kinds.Select(f => (f.Value, f.Count)));
        Assert.Equal([(DataConcern.PersonalData, 3), (DataConcern.NonPublic, 1)], all.Facets.Data.Select(f => (f.Value, f.Count)));
        // With a status chosen, the organisations offered are those with use cases in production; the status
        // facet itself still offers every status present (it ignores its own filter).
        Assert.Equal([("DHS", 1), ("NASA", 1)], inProduction.Facets.Organisations.Select(f => (f.Value, f.Count)));
        Assert.Equal([UseCaseStatus.InDevelopment, UseCaseStatus.Pilot, UseCaseStatus.InProduction], inProduction.Facets.Statuses.Select(f => f.Value));
    }

    [Fact]
    public void A_chosen_value_stays_offered_when_nothing_matches_it_any_more()
    {
        var result = Browse(new BrowseFilters { Organisation = "HHS", Status = UseCaseStatus.InProduction });

        Assert.Equal(0, result.Total);
        Assert.Contains(result.Facets.Organisations, f => f.Value == "HHS" && f.Count == 0);
    }

    [Fact]
    public void Facets_offer_at_most_the_configured_number_of_values()
    {
        var narrow = new CatalogueBrowser(catalogue.Index, new BrowseOptions { FacetSize = 2 });

        var result = narrow.Browse(BrowseRequest.Everything, [], catalogue.Snapshot);

        Assert.Equal(["VA", "DHS"], result.Facets.Organisations.Select(f => f.Value));
    }

    [Fact]
    public void An_empty_result_is_one_empty_page_without_complaint()
    {
        var result = Browse(new BrowseFilters { Hub = "CDC", Status = UseCaseStatus.Retired });

        Assert.Equal(0, result.Total);
        Assert.Equal(1, result.PageCount);
        Assert.Equal(1, result.Page);
        Assert.Empty(result.Items);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Unknown_filter_values_are_dropped_and_reported()
    {
        var result = Browse(new BrowseFilters { Organisation = "Ministry of Magic", Hub = "Nowhere", Theme = "Quidditch", Kind = CatalogueKind.Datasets });

        Assert.Equal(
            [new BrowseProblem(BrowseProblemKind.UnknownOrganisation, "Ministry of Magic"), new BrowseProblem(BrowseProblemKind.UnknownHub, "Nowhere"), new BrowseProblem(BrowseProblemKind.UnknownTheme, "Quidditch")],
            result.Problems);
        Assert.Null(result.Applied.Filters.Organisation);
        Assert.Equal(CatalogueKind.Datasets, result.Applied.Filters.Kind);
        Assert.Equal(2, result.Total);
    }

    [Theory]
    [InlineData(0, BrowseProblemKind.PageBeforeStart, 1)]
    [InlineData(-3, BrowseProblemKind.PageBeforeStart, 1)]
    [InlineData(5, BrowseProblemKind.PageBeyondEnd, 4)]
    [InlineData(int.MaxValue, BrowseProblemKind.PageBeyondEnd, 4)]
    public void Pages_that_do_not_exist_show_the_nearest_and_say_so(int asked, BrowseProblemKind problem, int shown)
    {
        var result = Browse(page: asked);

        Assert.Equal(problem, Assert.Single(result.Problems).Kind);
        Assert.Equal(shown, result.Page);
        Assert.NotEmpty(result.Items);
    }

    [Fact]
    public void Words_search_the_records_and_filters_narrow_them()
    {
        var words = Browse(words: "smoke forecast");
        var wordsAndFilter = Browse(new BrowseFilters { Kind = CatalogueKind.Datasets }, words: "benefit claims");

        Assert.Equal("UC-SMOKE", Ids(words)[0]);
        Assert.Equal(["DS-CLAIMS"], Ids(wordsAndFilter));
    }

    [Fact]
    public void Words_that_name_a_filter_become_that_filter_and_the_card_choice_wins()
    {
        var read = BrowseWords.Read("NASA in production", catalogue.Interpreter, catalogue.Snapshot, Language.English);
        var chosen = new BrowseFilters { Organisation = "DHS" }.Over(read.Filters);

        Assert.Empty(read.Terms);
        Assert.Equal("NASA", read.Filters.Organisation);
        Assert.Equal(UseCaseStatus.InProduction, read.Filters.Status);
        Assert.Equal("DHS", chosen.Organisation);
        Assert.Equal(["UC-SMOKE"], Ids(Browse(words: "NASA in production")));
    }

    [Fact]
    public void Words_in_french_name_filters_too()
    {
        var result = Browse(words: "données personnelles");

        Assert.Equal(DataConcern.PersonalData, result.Applied.Filters.Data);
        Assert.Equal(3, result.Total);
    }
}
