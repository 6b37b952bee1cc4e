using GovernanceBot.Catalogue;
using GovernanceBot.Catalogue.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.TestSupport.Cards;

namespace GovernanceBot.Tests.Catalogue;

/// <summary>The catalogue cards against the Adaptive Cards 1.5 parser, and one drawn in Chromium.</summary>
public class CatalogueCardTests
{
    private static readonly CatalogueDataset Complaints = new()
    {
        Id = "DS-RECLAMATIONS", Name = "Réclamations clients", OwnerOrganisation = "Direction Relation Client",
        StewardName = "Aline Girard", StewardEmail = "aline.girard@example.org", Sensitivity = DatasetSensitivity.Restricted,
        ContainsPersonalData = true, UpdateFrequency = UpdateFrequencies.Weekly, Description = "Réclamations reçues par les agences.",
    };

    private static readonly CatalogueUseCase Churn = new()
    {
        Id = "GRP-CHURN", Name = "Prévision de l'attrition client", Organisation = "GRP", Hub = "Hub Banque de détail",
        Status = UseCaseStatus.InProduction, ContactEmail = "claire.martin@example.org", DatasetsUsed = ["DS-RECLAMATIONS"],
    };

    private static CatalogueAnswer OwnerAnswer(Language language) => new(
        new CatalogueQuestion { Text = "Qui possède les réclamations ?", Language = language, Intent = QuestionIntent.Owner },
        AnswerKind.Owner,
        [CitedRecord.Of(Complaints, ["reclamations"])])
    {
        Total = 1,
        Related = [new RelatedUseCase(Churn, DatasetRole.Consumes, false, 1)],
    };

    [Fact]
    public async Task Answer_and_record_cards_are_valid_adaptive_cards_in_both_languages()
    {
        var cards = new List<(string, System.Text.Json.Nodes.JsonObject)>();
        foreach (var language in new[] { Language.French, Language.English })
        {
            var answer = OwnerAnswer(language);
            cards.Add(($"answer-{language}", AnswerCard.Build(answer, AnswerText.Compose(answer, language), language).ToJson()));
            cards.Add(($"answer-fallback-{language}", AnswerCard.Build(answer, "x", language, CatalogueTexts.SearchOnlyNotice.In(language)).ToJson()));
            cards.Add(($"dataset-{language}", RecordCard.For(Complaints, answer.Related, answer.Question.Text, language).ToJson()));
            cards.Add(($"usecase-{language}", RecordCard.For(Churn, "", language).ToJson()));
        }

        await CardValidator.AssertValidAsync(cards);
    }

    [Fact]
    public async Task The_answer_card_renders_its_text_and_sources_and_open_sends_the_record()
    {
        var answer = OwnerAnswer(Language.French);
        var card = AnswerCard.Build(answer, AnswerText.Compose(answer, Language.French), Language.French).ToJson();

        var rendered = Assert.Single(await CardRenderer.RenderAsync(
            [new CardRenderRequest("catalogue-answer", card, Screenshot: "catalogue-answer.png", Click: "Ouvrir")]));

        Assert.Contains("Réclamations clients [DS-RECLAMATIONS]", rendered.Text);
        Assert.Contains("Direction Relation Client", rendered.Text);
        Assert.Contains("Sources", rendered.Text);
        Assert.Equal(CatalogueVerbs.Open, rendered.Clicked!.Verb);
        Assert.Equal("DS-RECLAMATIONS", (string?)rendered.Clicked.Data!["id"]);
    }
}
