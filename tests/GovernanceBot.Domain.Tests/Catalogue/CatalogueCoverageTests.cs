using System.Globalization;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Search;

namespace GovernanceBot.Domain.Tests.Catalogue;

/// <summary>
/// Pins what the engine answers on a small index — order, BM25 score, coverage and matched words — so a
/// change in how the engine computes them (not what) is proven to give the very same hits.
/// </summary>
public sealed class CatalogueCoverageTests : IDisposable
{
    private readonly LuceneCatalogueIndex _index = new();

    public CatalogueCoverageTests()
    {
        _index.Upsert(
        [
            new CatalogueUseCase { Id = "UC-1", Name = "Fraud detection in card payments", Description = "Flags suspicious payments for review.", Organisation = "Treasury" },
            new CatalogueUseCase { Id = "UC-2", Name = "Détection de la fraude fiscale", Description = "Repère les déclarations atypiques.", Organisation = "DGFiP" },
            new CatalogueUseCase { Id = "UC-3", Name = "Anomaly detectors for sensor streams", Description = "Alerts when readings drift.", Topic = "Energy" },
            new CatalogueUseCase { Id = "UC-4", Name = "Machine translation of letters", Description = "Translates citizen mail; detects the language first.", Hub = "Language services" },
            new CatalogueUseCase { Id = "UC-5", Name = "Traduction automatique des courriers", Description = "Traduit les courriers reçus.", Organisation = "Fraud office" },
            new CatalogueUseCase { Id = "UC-6", Name = "Chatbot for payments questions", Description = "Answers questions about card payments and refunds." },
        ],
        [
            new CatalogueDataset { Id = "DS-1", Name = "Card payment transactions", Description = "Every card payment with its fraud label.", Keywords = ["payments", "fraud"] },
            new CatalogueDataset { Id = "DS-2", Name = "Corpus de traduction", Description = "Paires de phrases pour la traduction automatique." },
            new CatalogueDataset { Id = "DS-3", Name = "Sensor readings", Description = "Raw readings used for anomaly detection.", OwnerOrganisation = "Energy office" },
        ]);
    }

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Words_found_in_every_field_and_language_cover_by_their_rarity()
    {
        var hits = Search(new CatalogueSearchRequest([Group("fraud", "fraude"), Group("detection", "détection")], 10));

        Assert.Equal(
        [
            "UC-1 9.66542 1.000000000 fraud+detection",
            "UC-2 9.31897 1.000000000 fraud+detection",
            "DS-1 4.34232 0.571855716 fraud",
            "UC-5 2.24874 0.571855716 fraud",
            "DS-3 1.94355 0.428144284 detection",
            "UC-4 1.23500 0.428144284 detection",
            "UC-3 1.20000 0.214072142 detection",
        ], hits);
    }

    [Fact]
    public void A_word_matched_only_through_its_cognate_prefix_covers_half()
    {
        // UC-3's "detectors" stems to "detector", not "detect": only the prefix "detect" of "detection" reaches it.
        var hits = Search(new CatalogueSearchRequest([Group("anomalies"), Group("detection")], 10));

        Assert.Equal(
        [
            "UC-3 6.47392 0.849345408 anomalies+detection",
            "UC-1 5.65053 0.301309184 detection",
            "UC-2 4.41602 0.301309184 detection",
            "DS-3 3.73278 1.000000000 anomalies+detection",
            "UC-4 1.23500 0.301309184 detection",
        ], hits);
    }

    [Fact]
    public void Phrases_match_as_phrases_and_a_word_that_analyses_to_nothing_weighs_nothing()
    {
        var hits = Search(new CatalogueSearchRequest([Group("machine translation", "traduction automatique"), Group("—"), Group("letters", "courriers")], 10));

        Assert.Equal(
        [
            "UC-4 19.30326 1.000000000 machine translation+letters",
            "UC-5 14.30235 1.000000000 machine translation+letters",
            "DS-2 3.59334 0.430940856 machine translation",
        ], hits);
    }

    [Fact]
    public void Filters_restrict_the_hits_but_not_the_rarity_of_words()
    {
        var datasets = Search(new CatalogueSearchRequest([Group("payments"), Group("fraud")], 10) { Kind = CatalogueKind.Datasets });
        var among = Search(new CatalogueSearchRequest([Group("payments"), Group("fraud")], 10) { Among = [RecordRef.UseCase("UC-6"), RecordRef.Dataset("DS-1")] });
        var top = Search(new CatalogueSearchRequest([Group("payments"), Group("fraud")], 2));

        Assert.Equal(
        [
            "DS-1 8.41023 1.000000000 payments+fraud",
        ], datasets);
        Assert.Equal(
        [
            "DS-1 8.41023 1.000000000 payments+fraud",
            "UC-6 3.87952 0.567984195 payments",
        ], among);
        Assert.Equal(
        [
            "DS-1 8.41023 1.000000000 payments+fraud",
            "UC-1 6.77380 1.000000000 payments+fraud",
        ], top);
    }

    private static QueryTermGroup Group(string word, params string[] alternatives) => new(word, alternatives);

    /// <summary>One line per hit: record, score, coverage and matched words, in the engine's order.</summary>
    private string[] Search(CatalogueSearchRequest request) =>
        _index.Search(request).Select(hit => string.Create(CultureInfo.InvariantCulture,
            $"{hit.Record.Id} {hit.Score:F5} {hit.Coverage:F9} {string.Join('+', hit.MatchedWords)}")).ToArray();
}
