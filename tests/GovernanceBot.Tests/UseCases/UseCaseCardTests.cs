using GovernanceBot.Domain;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.TestSupport.Cards;
using GovernanceBot.UseCases.Cards;
using static GovernanceBot.Tests.UseCases.UseCaseCardSamples;

namespace GovernanceBot.Tests.UseCases;

public class UseCaseCardTests
{
    [Fact]
    public async Task Every_use_case_card_is_valid_for_the_adaptive_cards_1_5_parser()
    {
        await CardValidator.AssertValidAsync(All().Select(c => (c.Name, c.Card.ToJson())).ToList());
    }

    [Fact]
    public void Every_domain_value_shown_to_users_has_its_text_in_both_languages()
    {
        foreach (var language in new[] { Language.French, Language.English })
        {
            foreach (var field in UseCaseFields.All)
            {
                Assert.NotEmpty(UseCaseTexts.FieldLabel(field, language));
                foreach (var option in field.Options) Assert.NotEmpty(UseCaseTexts.Option(field, option, language));
            }
            Assert.All(Enum.GetValues<WizardStep>(), s => Assert.NotEmpty(UseCaseTexts.Step(s, language) + UseCaseTexts.StepIntro(s, language)));
            Assert.All(Enum.GetValues<UseCaseState>(), s => Assert.NotEmpty(UseCaseTexts.Of(s, language)));
            Assert.All(Enum.GetValues<LifecycleAction>(), a => Assert.NotEmpty(UseCaseTexts.Action(a, language)));
            Assert.All(Enum.GetValues<HistoryEvent>(), e => Assert.NotEmpty(UseCaseTexts.Event(e, language)));
            Assert.All(Enum.GetValues<FieldErrorCode>(), c => Assert.NotEmpty(UseCaseTexts.Error(new FieldError("title", c, 10), language)));
            Assert.All(Enum.GetValues<UseCaseRefusal>(), r => Assert.NotEmpty(UseCaseTexts.Refusal(new UseCaseRefusedException(r, ownerName: "Dan"), language)));
            Assert.All(Enum.GetValues<EvaluationAxis>(), a => Assert.NotEmpty(UseCaseTexts.Of(a, language)));
            Assert.All(Enum.GetValues<IndustrialisationRecommendation>(), r => Assert.NotEmpty(UseCaseTexts.Of(r, language)));
            Assert.All(Enum.GetValues<LifecyclePhase>(), p => Assert.NotEmpty(UseCaseTexts.Of(p, language)));
            Assert.All(Enum.GetValues<MlopsLevel>(), l => Assert.NotEmpty(UseCaseTexts.Of(l, language)));
        }
    }

    [Fact]
    public void The_card_offers_each_viewer_only_the_actions_their_roles_allow()
    {
        var useCase = InEvaluation();

        var forOwner = UseCaseCard.Build(View(useCase, UseCaseSamples.Evaluator), Language.English).ToJson();
        var forHub = UseCaseCard.Build(View(useCase, Member), Language.English).ToJson();

        Assert.Contains(forOwner.ExecuteActions(), a => a.Title == "Evaluate");
        Assert.Contains(forOwner.ExecuteActions(), a => a.Title == "Send back with questions");
        Assert.DoesNotContain(forHub.ExecuteActions(), a => a.Title is "Evaluate" or "Send back with questions" or "Take it");
    }

    [Fact]
    public async Task The_wizard_step_renders_with_its_indicator_and_next_sends_the_inputs_with_the_revision()
    {
        var draft = Draft(WizardStep.Feasibility);
        var card = WizardCard.Build(draft, "Banque de détail", Language.French).ToJson();

        var rendered = Assert.Single(await CardRenderer.RenderAsync(
        [
            new CardRenderRequest("usecase-wizard", card, Screenshot: "usecase-wizard.png", Inputs: new Dictionary<string, string> { ["conditions"] = "Accès aux données de production" }, Click: "Suivant"),
        ]));

        Assert.Contains("Étape 2 sur 7 — Faisabilité", rendered.Text);
        Assert.Contains("conditions", rendered.InputIds);
        Assert.Equal("usecase.wizard", rendered.Clicked!.Verb);
        Assert.Equal("Accès aux données de production", rendered.Clicked.Data!["conditions"]!.ToString());
        Assert.Equal(draft.Revision, (int)rendered.Clicked.Data["revision"]!);
        Assert.Equal("Next", (string?)rendered.Clicked.Data["move"]);
    }

    [Fact]
    public async Task The_evaluation_card_renders_its_four_axes_and_the_score()
    {
        var useCase = InEvaluation();
        var card = EvaluationCard.Build(useCase, useCase.Score(Domain.UseCases.IndustrialisationScoring.Default), Language.French).ToJson();

        var rendered = Assert.Single(await CardRenderer.RenderAsync([new CardRenderRequest("usecase-evaluation", card, Screenshot: "usecase-evaluation.png", Click: "Enregistrer les notes")]));

        Assert.Contains("Maturité technique", rendered.Text);
        Assert.Contains("Complexité d'industrialisation", rendered.Text);
        Assert.Contains("notez les quatre axes", rendered.Text);
        Assert.Equal(4, rendered.InputIds.Count(i => i.StartsWith("rating_", StringComparison.Ordinal)));
        Assert.Equal("usecase.scores", rendered.Clicked!.Verb);
    }
}
