using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Domain.Catalogue.Search;
using GovernanceBot.TestSupport;

namespace GovernanceBot.Domain.Tests.Catalogue;

public sealed class CatalogueRankingTests
{
    private static (CatalogueSnapshot, LuceneCatalogueIndex) Build(params CatalogueUseCase[] useCases)
    {
        var snapshot = new CatalogueSnapshot(useCases, []);
        var index = new LuceneCatalogueIndex();
        index.Upsert(useCases, []);
        return (snapshot, index);
    }

    private static CatalogueAnswer Ask(CatalogueSnapshot snapshot, ICatalogueSearchIndex index, string question) =>
        new CatalogueAnswerer(index, new CatalogueAnswerOptions())
            .Answer(new QuestionInterpreter(FreeDictionaries.Bridge).Interpret(question, snapshot, Language.English), snapshot);

    [Fact]
    public void A_word_in_the_name_ranks_above_the_same_word_in_the_description()
    {
        var (snapshot, index) = Build(
            new CatalogueUseCase { Id = "A", Name = "Invoice matching", Description = "Matches supplier invoices; helps against fraud too." },
            new CatalogueUseCase { Id = "B", Name = "Fraud scoring", Description = "Scores claims." });
        using (index)
        {
            var answer = Ask(snapshot, index, "fraud");

            Assert.Equal(["B", "A"], answer.Records.Select(r => r.Ref.Id));
        }
    }

    [Fact]
    public void Re_indexing_a_record_replaces_it_instead_of_adding_a_second_copy()
    {
        var (_, index) = Build(new CatalogueUseCase { Id = "A", Name = "Parcel forecasting" });
        using (index)
        {
            index.Upsert([new CatalogueUseCase { Id = "a", Name = "Letter sorting" }], []);

            Assert.Equal(1, index.Count);
            Assert.Empty(index.Search(new CatalogueSearchRequest([new QueryTermGroup("parcel", [])])));
            Assert.Single(index.Search(new CatalogueSearchRequest([new QueryTermGroup("sorting", [])])));
        }
    }

    [Fact]
    public void French_plurals_and_elisions_match_singular_records()
    {
        var (snapshot, index) = Build(new CatalogueUseCase { Id = "C", Name = "Tri de l'enveloppe", Description = "Lecture automatique de l'adresse" });
        using (index)
        {
            var answer = Ask(snapshot, index, "les enveloppes et adresses");

            Assert.Equal("C", Assert.Single(answer.Records).Ref.Id);
        }
    }

    [Fact]
    public void A_record_matching_only_a_common_word_of_the_question_is_not_offered_as_the_answer()
    {
        var (snapshot, index) = Build(
            new CatalogueUseCase { Id = "A", Name = "Claims triage", Description = "Model for claims." },
            new CatalogueUseCase { Id = "B", Name = "Claims routing", Description = "Model for claims." },
            new CatalogueUseCase { Id = "C", Name = "Claims summary", Description = "Model for claims." });
        using (index)
        {
            var answer = Ask(snapshot, index, "claims about submarine sonar calibration");

            Assert.Equal(AnswerKind.NotFound, answer.Kind);
        }
    }

    [Fact]
    public void Suggested_links_come_from_the_same_organisation_describing_the_data_and_are_marked_as_suggestions()
    {
        var dataset = new CatalogueDataset { Id = "DS-1", Name = "Occupational Injury Reports", OwnerOrganisation = "Department of Labor" };
        var sameAgency = new CatalogueUseCase
        {
            Id = "DOL-1", Name = "Injury triage", Organisation = "DOL", OrganisationName = "Department of Labor",
            DataDescription = "Trained on occupational injury reports filed since 2010.",
        };
        var otherAgency = sameAgency with { Id = "DOE-1", Organisation = "DOE", OrganisationName = "Department of Energy" };
        var snapshot = new CatalogueSnapshot([sameAgency, otherAgency], [dataset]);

        var related = DatasetLinks.For(dataset, snapshot);

        var link = Assert.Single(related);
        Assert.Equal("DOL-1", link.UseCase.Id);
        Assert.True(link.Suggested);
        Assert.InRange(link.Score, DatasetLinks.SuggestionThreshold, 1);
    }
}
