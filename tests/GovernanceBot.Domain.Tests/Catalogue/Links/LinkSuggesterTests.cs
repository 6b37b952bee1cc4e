using System.Diagnostics;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Links;
using GovernanceBot.Domain.Catalogue.Search;
using Xunit.Abstractions;

namespace GovernanceBot.Domain.Tests.Catalogue.Links;

public sealed class LinkSuggesterTests(RealCatalogueFixture real, ITestOutputHelper output) : IClassFixture<RealCatalogueFixture>
{
    [Fact]
    public void Only_use_cases_of_the_datasets_organisation_mentioning_most_of_its_name_are_suggested()
    {
        var dataset = new CatalogueDataset { Id = "DS-1", Name = "Wildfire Perimeter Maps", OwnerOrganisation = "Forest Service", ParentOrganisation = "Department of Agriculture" };
        var useCases = new[]
        {
            new CatalogueUseCase { Id = "USDA-1", Name = "Fire spread", Organisation = "USDA", OrganisationName = "Department of Agriculture", DataDescription = "Wildfire perimeter maps and weather." },
            new CatalogueUseCase { Id = "USDA-2", Name = "Crop yields", Organisation = "USDA", OrganisationName = "Department of Agriculture", DataDescription = "Crop maps." },
            new CatalogueUseCase { Id = "DOI-1", Name = "Fire spread", Organisation = "DOI", OrganisationName = "Department of the Interior", DataDescription = "Wildfire perimeter maps." },
        };

        var suggestion = Assert.Single(new LinkSuggester(useCases).Suggest(dataset));

        Assert.Equal(("DS-1", "USDA-1", 1.0), (suggestion.DatasetId, suggestion.UseCaseId, suggestion.Score));
    }

    [Fact]
    public void A_name_of_generic_words_only_suggests_nothing()
    {
        var dataset = new CatalogueDataset { Id = "DS-2", Name = "Data file", OwnerOrganisation = "Department of Agriculture" };
        var useCase = new CatalogueUseCase { Id = "U", Name = "x", OrganisationName = "Department of Agriculture", DataDescription = "data file" };

        Assert.Empty(new LinkSuggester([useCase]).Suggest(dataset));
    }

    [Fact]
    public void The_whole_real_catalogue_is_scored_in_one_pass_and_every_suggestion_shares_the_datasets_organisation()
    {
        var watch = Stopwatch.StartNew();
        var suggester = new LinkSuggester(real.Snapshot.UseCases);
        var suggestions = suggester.SuggestAll(real.Snapshot.Datasets);
        watch.Stop();
        output.WriteLine($"{suggestions.Count} suggestions for {real.Snapshot.Datasets.Count} datasets × {real.Snapshot.UseCases.Count} use cases in {watch.ElapsedMilliseconds} ms");

        Assert.NotEmpty(suggestions);
        // Generous bound for a loaded 2-core machine; it takes well under a second alone.
        Assert.InRange(watch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.All(suggestions.GroupBy(s => s.DatasetId), g => Assert.InRange(g.Count(), 1, LinkSuggester.MaxPerDataset));
        foreach (var suggestion in suggestions)
        {
            var dataset = real.Snapshot.FindDataset(suggestion.DatasetId)!;
            var useCase = real.Snapshot.FindUseCase(suggestion.UseCaseId)!;
            var owners = TextFolding.Fold(dataset.OwnerOrganisation + " " + dataset.ParentOrganisation);
            Assert.True(owners.Contains(TextFolding.Fold(useCase.OrganisationName), StringComparison.Ordinal)
                || owners.Contains(TextFolding.Fold(useCase.Organisation), StringComparison.Ordinal), $"{useCase.Id} is not of {dataset.Id}'s organisation");
            Assert.InRange(suggestion.Score, LinkSuggester.Threshold, 1);
        }
    }
}
