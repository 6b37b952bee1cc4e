using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Links;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Domain.Catalogue.Search;
using GovernanceBot.TestSupport;

namespace GovernanceBot.Domain.Tests.Catalogue.Links;

/// <summary>Which records "lier …" / "link …" names, on a small catalogue searched by the real engine.</summary>
public sealed class LinkResolverTests : IDisposable
{
    private static readonly CatalogueUseCase[] UseCases =
    [
        new() { Id = "GRP-CHURN", Name = "Prévision de l'attrition client", Organisation = "GRP" },
        new() { Id = "GRP-FRAUDE", Name = "Détection de fraude aux paiements par carte", Organisation = "GRP" },
        new() { Id = "UC-2026-0042", Name = "Tri automatique du courrier entrant", Organisation = "GRP" },
    ];

    private static readonly CatalogueDataset[] Datasets =
    [
        new() { Id = "DS-CLIENTS", Name = "Référentiel clients particuliers", OwnerOrganisation = "Direction Données Clients" },
        new() { Id = "DS-RECLAMATIONS", Name = "Réclamations clients", OwnerOrganisation = "Direction Relation Client" },
        new() { Id = "DS-PRODUIT", Name = "Référentiel produit", OwnerOrganisation = "Direction Marketing" },
        new() { Id = "DS-TRANSACTIONS", Name = "Transactions carte", Description = "Paiements par carte bancaire autorisés ou refusés.", OwnerOrganisation = "Monétique" },
    ];

    private readonly LuceneCatalogueIndex _index = new();
    private readonly LinkResolver _resolver;

    public LinkResolverTests()
    {
        _index.Upsert(UseCases, Datasets);
        _resolver = new LinkResolver(new CatalogueSnapshot(UseCases, Datasets), LinkResolver.SearchWith(_index.Search, FreeDictionaries.Bridge));
    }

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("GRP-CHURN ; DS-CLIENTS", "GRP-CHURN", "DS-CLIENTS", DatasetRole.Consumes)]
    [InlineData("grp-churn DS-CLIENTS produit", "GRP-CHURN", "DS-CLIENTS", DatasetRole.Produces)]
    [InlineData("UC-2026-0042 Réclamations clients", "UC-2026-0042", "DS-RECLAMATIONS", DatasetRole.Consumes)]
    [InlineData("Détection de fraude aux paiements par carte utilise Transactions carte", "GRP-FRAUDE", "DS-TRANSACTIONS", DatasetRole.Consumes)]
    [InlineData("prevision de l'attrition client produces reclamations clients", "GRP-CHURN", "DS-RECLAMATIONS", DatasetRole.Produces)]
    [InlineData("GRP-CHURN Référentiel produit", "GRP-CHURN", "DS-PRODUIT", DatasetRole.Consumes)]
    [InlineData("GRP-CHURN -> Référentiel produit produit", "GRP-CHURN", "DS-PRODUIT", DatasetRole.Produces)]
    [InlineData("Tri automatique du courrier entrant to DS-CLIENTS", "UC-2026-0042", "DS-CLIENTS", DatasetRole.Consumes)]
    public void Ids_exact_names_and_role_words_name_both_records(string text, string useCase, string dataset, DatasetRole role)
    {
        var resolution = _resolver.Resolve(text);

        Assert.Equal(LinkOutcome.Resolved, resolution.Outcome);
        Assert.Equal((useCase, dataset, role), (resolution.UseCase!.Id, resolution.Dataset!.Id, resolution.Role));
    }

    [Fact]
    public void A_name_several_datasets_share_offers_them_to_choose_from_instead_of_guessing()
    {
        var resolution = _resolver.Resolve("GRP-CHURN ; clients");

        Assert.Equal(LinkOutcome.Choose, resolution.Outcome);
        Assert.True(resolution.UseCase!.IsResolved);
        Assert.False(resolution.Dataset!.IsResolved);
        Assert.Equal(["DS-RECLAMATIONS", "DS-CLIENTS"], resolution.Dataset.CandidateIds.Take(2));
    }

    [Fact]
    public void A_name_found_only_by_meaning_is_offered_for_confirmation_not_taken()
    {
        var resolution = _resolver.Resolve("GRP-FRAUDE ; paiements bancaires");

        Assert.Equal(LinkOutcome.Choose, resolution.Outcome);
        Assert.Equal("DS-TRANSACTIONS", Assert.Single(resolution.Dataset!.CandidateIds));
    }

    [Fact]
    public void A_side_that_matches_nothing_is_named()
    {
        var resolution = _resolver.Resolve("GRP-CHURN ; sonar sous-marin");

        Assert.Equal(LinkOutcome.NotFound, resolution.Outcome);
        Assert.True(resolution.Dataset!.IsEmpty);
        Assert.Equal("sonar sous-marin", resolution.Dataset.Text);
    }

    [Theory]
    [InlineData("GRP-CHURN")]
    [InlineData("attrition clients")]
    public void Text_whose_two_names_cannot_be_told_apart_is_unclear(string text)
    {
        Assert.Equal(LinkOutcome.Unclear, _resolver.Resolve(text).Outcome);
    }

    [Fact]
    public void One_side_alone_resolves_by_id_or_offers_candidates()
    {
        Assert.True(_resolver.Side(CatalogueKind.Datasets, "ds-clients").IsResolved);
        Assert.Equal(2, _resolver.Side(CatalogueKind.Datasets, "référentiel").CandidateIds.Count);
    }

    [Fact]
    public void Readings_list_the_explicit_boundary_first_and_keep_a_trailing_role_word_as_a_possible_name()
    {
        var readings = LinkCommandText.Readings("GRP-CHURN ; Référentiel produit");

        Assert.Equal(LinkCommandText.Boundary.Separator, readings[0].How);
        Assert.Contains(readings, r => r.Dataset == "Référentiel produit" && r.Role is null);
        Assert.Contains(readings, r => r.Dataset == "Référentiel" && r.Role == DatasetRole.Produces);
    }
}
