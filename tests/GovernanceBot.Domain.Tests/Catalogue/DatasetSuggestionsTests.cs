using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Search;

namespace GovernanceBot.Domain.Tests.Catalogue;

public sealed class DatasetSuggestionsTests
{
    private static readonly CatalogueSnapshot Snapshot = new([],
    [
        new CatalogueDataset { Id = "DS-TX", Name = "Customer transactions" },
        new CatalogueDataset { Id = "DS-CL", Name = "Référentiel clients" },
        new CatalogueDataset { Id = "DS-CO", Name = "Contrats clients", Description = "customer contracts" },
        new CatalogueDataset { Id = "DS-AB", Name = "Agences bancaires" },
    ]);

    [Fact]
    public void Each_typed_word_must_start_a_word_of_the_name_accents_and_case_ignored()
    {
        var ranked = DatasetSuggestions.Rank("cli REF", Snapshot, [], 0, 15);

        Assert.Equal(["DS-CL"], ranked.Select(d => d.Id));
    }

    [Fact]
    public void Name_matches_come_alphabetically_then_search_hits_best_first_without_repeats()
    {
        IReadOnlyList<CatalogueSearchHit> hits =
        [
            new(RecordRef.Dataset("DS-TX"), 3, 1, ["customer"]),
            new(RecordRef.Dataset("DS-CO"), 2, 1, ["customer"]),
            new(RecordRef.UseCase("UC-1"), 1, 1, ["customer"]),
        ];

        var ranked = DatasetSuggestions.Rank("cust", Snapshot, hits, 0, 15);

        Assert.Equal(["DS-TX", "DS-CO"], ranked.Select(d => d.Id));
    }

    [Fact]
    public void Nothing_typed_lists_every_dataset_by_name_and_pages()
    {
        Assert.Equal(["DS-AB", "DS-CO", "DS-TX", "DS-CL"], DatasetSuggestions.Rank("", Snapshot, [], 0, 15).Select(d => d.Id));
        Assert.Equal(["DS-CO", "DS-TX"], DatasetSuggestions.Rank("  ", Snapshot, [], 1, 2).Select(d => d.Id));
    }

    [Fact]
    public void The_search_request_keeps_datasets_only_and_drops_one_letter_words()
    {
        var request = DatasetSuggestions.Request("a customer", GovernanceBot.Domain.Catalogue.Search.Bridge.TermBridge.None, 20);

        Assert.Equal(CatalogueKind.Datasets, request.Kind);
        Assert.Equal(["customer"], request.Terms.Select(t => t.Word));
        Assert.Equal(20, request.Top);
    }
}
