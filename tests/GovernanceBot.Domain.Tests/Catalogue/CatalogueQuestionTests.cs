using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Questions;

namespace GovernanceBot.Domain.Tests.Catalogue;

/// <summary>Questions in both languages, worded freely, over the real federal inventory, DCAT-US catalogues and samples.</summary>
public sealed class CatalogueQuestionTests(RealCatalogueFixture fixture) : IClassFixture<RealCatalogueFixture>
{
    [Fact]
    public void A_contact_question_in_english_finds_the_x_ray_use_case_and_its_mailbox()
    {
        var answer = fixture.Ask("Who is the point of contact for the AAXI x-ray imaging analytics?", Language.English);

        Assert.Equal(AnswerKind.Contact, answer.Kind);
        Assert.Equal(Language.English, answer.Question.Language);
        var first = answer.Records[0];
        Assert.Equal("DHS-313", first.Ref.Id);
        Assert.Contains("@", first.UseCase!.ContactEmail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_count_in_french_is_exact_against_the_store()
    {
        var expected = fixture.Snapshot.UseCases.Count(u => u.Organisation == "NASA" && u.Status == UseCaseStatus.InProduction);

        var answer = fixture.Ask("Combien de cas d'usage de la NASA sont déployés ?");

        Assert.Equal(AnswerKind.Count, answer.Kind);
        Assert.Equal(Language.French, answer.Question.Language);
        Assert.Equal(expected, answer.Total);
        Assert.All(answer.Records, r => Assert.Equal("NASA", r.UseCase!.Organisation));
    }

    [Fact]
    public void Use_cases_touching_personal_data_are_listed_exactly_in_both_languages()
    {
        var expected = fixture.Snapshot.UseCases.Count(u => u.UsesPersonalData == true);

        var english = fixture.Ask("how many AI systems involve PII?", Language.English);
        var french = fixture.Ask("Quels projets traitent des données à caractère personnel ?");

        Assert.Equal(AnswerKind.Count, english.Kind);
        Assert.Equal(expected, english.Total);
        Assert.Equal(AnswerKind.List, french.Kind);
        Assert.Equal(expected, french.Total);
        Assert.All(french.Records, r => Assert.True(r.UseCase!.UsesPersonalData));
    }

    [Fact]
    public void A_hub_and_a_status_filter_the_list()
    {
        var answer = fixture.Ask("Quels sont les projets pilotes de la Veterans Health Administration ?");

        Assert.Equal(AnswerKind.List, answer.Kind);
        Assert.NotEmpty(answer.Records);
        Assert.All(answer.Records, r =>
        {
            Assert.Equal(UseCaseStatus.Pilot, r.UseCase!.Status);
            Assert.Contains("Veterans Health Administration", r.UseCase.Hub, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_french_owner_question_finds_an_english_dataset_and_its_publisher()
    {
        var answer = fixture.Ask("À qui appartient le jeu de données des plaintes de consommateurs ?");

        Assert.Equal(AnswerKind.Owner, answer.Kind);
        var dataset = answer.Records[0].Dataset!;
        Assert.Contains("Complaint", dataset.Name, StringComparison.Ordinal);
        Assert.Contains("Consumer", dataset.Name, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(dataset.OwnerOrganisation));
    }

    [Fact]
    public void An_english_question_finds_a_french_dataset()
    {
        var answer = fixture.Ask("Who looks after the customer complaints dataset?", Language.English);

        Assert.Equal("DS-RECLAMATIONS", answer.Records[0].Ref.Id);
        Assert.Equal("aline.girard@example.org", answer.Records[0].Dataset!.StewardEmail);
    }

    [Fact]
    public void The_use_cases_consuming_a_dataset_come_from_the_stated_links()
    {
        var answer = fixture.Ask("Which projects rely on the card transactions?", Language.English);

        Assert.Equal(AnswerKind.Consumers, answer.Kind);
        Assert.Equal("DS-TRANSACTIONS", answer.Records[0].Ref.Id);
        var related = Assert.Single(answer.Related);
        Assert.Equal("GRP-FRAUDE", related.UseCase.Id);
        Assert.False(related.Suggested);
    }

    [Fact]
    public void The_producing_use_case_of_a_dataset_is_named_with_its_owner()
    {
        var answer = fixture.Ask("quel modèle génère les scores de churn ?");

        Assert.Equal(AnswerKind.Owner, answer.Kind);
        Assert.Equal("DS-SCORES-ATTRITION", answer.Records[0].Ref.Id);
        Assert.Contains(answer.Related, r => r.UseCase.Id == "GRP-CHURN" && r.Role == DatasetRole.Produces);
    }

    [Fact]
    public void Capitals_and_missing_accents_do_not_matter()
    {
        var answer = fixture.Ask("QUI CONTACTER POUR LA DETECTION DE FRAUDE AUX PAIEMENTS PAR CARTE");

        Assert.Equal("GRP-FRAUDE", answer.Records[0].Ref.Id);
    }

    [Theory]
    [InlineData("Quelle est la politique de télétravail du groupe ?")]
    [InlineData("Who won the football world cup in 1998?")]
    [InlineData("Qui gère le menu de la cantine ?")]
    public void Questions_the_catalogues_cannot_answer_get_an_honest_no_and_the_central_team(string question)
    {
        var answer = fixture.Ask(question);

        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Empty(answer.Records);
        Assert.Equal("equipe-centrale@example.org", answer.AskInstead);
    }

    [Fact]
    public void When_an_organisation_is_named_but_nothing_matches_its_own_contact_is_offered()
    {
        var answer = fixture.Ask("Who owns the quantum teleportation dataset at the Department of Homeland Security?", Language.English);

        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Contains("@", answer.AskInstead, StringComparison.Ordinal);
        Assert.NotEqual("equipe-centrale@example.org", answer.AskInstead);
    }

    [Fact]
    public void Sensitive_datasets_are_counted_from_their_access_level()
    {
        var expected = fixture.Snapshot.Datasets.Count(d => d.IsSensitive);

        var answer = fixture.Ask("Combien de jeux de données non publics ?");

        Assert.Equal(AnswerKind.Count, answer.Kind);
        Assert.Equal(expected, answer.Total);
    }

    [Fact]
    public void Matches_say_which_words_they_matched()
    {
        var answer = fixture.Ask("wildfire smoke forecasting", Language.English);

        Assert.NotEqual(AnswerKind.NotFound, answer.Kind);
        Assert.Contains("wildfire", answer.Records[0].MatchedWords);
    }
}
