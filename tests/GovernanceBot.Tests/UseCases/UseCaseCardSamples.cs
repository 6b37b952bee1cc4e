using GovernanceBot.AdaptiveCards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Hubs;
using GovernanceBot.UseCases;
using GovernanceBot.UseCases.Cards;

namespace GovernanceBot.Tests.UseCases;

/// <summary>Every use-case card in the states users meet, in both languages.</summary>
internal static class UseCaseCardSamples
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly UseCaseActor Member = UseCaseSamples.Member();

    public static UseCase Draft(WizardStep step) => UseCase.Start(Guid.NewGuid(), "retail-banking", Member, Now).UseCase with { Step = step, Content = UseCaseSamples.Complete() };

    public static UseCase InEvaluation()
    {
        var submitted = Draft(WizardStep.Review).Apply(LifecycleAction.Submit, Member, TransitionRequest.None, Now, new UseCaseNumber(2026, 42)).UseCase;
        var taken = submitted.Apply(LifecycleAction.Take, UseCaseSamples.Evaluator, TransitionRequest.None, Now.AddDays(1));
        return taken.UseCase.Rate(UseCaseSamples.Evaluator, new Dictionary<EvaluationAxis, AxisRating> { [EvaluationAxis.TechnicalMaturity] = new(4, "Clean code") }, Now.AddDays(1)).UseCase;
    }

    public static UseCaseView View(UseCase useCase, UseCaseActor viewer, IReadOnlyList<HistoryEntry>? history = null) => new(
        useCase, "Banque de détail", history ?? [new HistoryEntry(Now, 2, "aad-alice", "Alice", HistoryEvent.Submitted, UseCaseState.Draft, UseCaseState.Submitted, "Ready")],
        UseCaseLifecycle.AvailableTo(useCase, viewer), useCase.Score(IndustrialisationScoring.Default),
        CanEvaluate: useCase.State == UseCaseState.InEvaluation && useCase.OwnerKey == viewer.UserKey, CanEditFacts: viewer.IsCentralTeam, CanEditDraft: false);

    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        foreach (var language in new[] { Language.French, Language.English })
        {
            var code = language.Code();
            foreach (var step in Enum.GetValues<WizardStep>())
                yield return ($"wizard-{step}-{code}", WizardCard.Build(Draft(step), "Banque de détail", language));
            yield return ($"wizard-errors-{code}", WizardCard.Build(Draft(WizardStep.Value), "Banque de détail", language,
                [new FieldError("title", FieldErrorCode.TooLong, 120)], new Dictionary<string, string?> { ["title"] = new string('t', 130) }, "notice"));
            yield return ($"wizard-package-catalogue-{code}", WizardCard.Build(Draft(WizardStep.Package), "Banque de détail", language, catalogueChoices: [new Choice("Réclamations clients — Direction Relation Client", "DS-RECLAMATIONS"), new Choice("Scores d'attrition", "DS-SCORES-ATTRITION")]));
            yield return ($"wizard-review-missing-{code}", WizardCard.Build(UseCase.Start(Guid.NewGuid(), "retail-banking", Member, Now).UseCase with { Step = WizardStep.Review }, "Banque de détail", language));
            var evaluation = InEvaluation();
            yield return ($"usecase-evaluator-{code}", UseCaseCard.Build(View(evaluation, UseCaseSamples.Evaluator), language, "notice"));
            yield return ($"usecase-copil-{code}", UseCaseCard.Build(View(evaluation with { State = UseCaseState.Evaluated }, new UseCaseActor("aad-fay", "Fay", null, IsCopil: true)), language));
            yield return ($"evaluation-{code}", EvaluationCard.Build(evaluation, evaluation.Score(IndustrialisationScoring.Default), language));
            yield return ($"facts-{code}", FactsCard.Build(evaluation with { State = UseCaseState.InProduction }, language));
            yield return ($"list-{code}", UseCaseListCard.Build("Mes cas d'usage", [new UseCaseListItem(evaluation.Id, evaluation.Number, evaluation.Title, evaluation.State, "retail-banking", "Alice", "Dan", Now)], id => id, language, "empty", offerNew: true));
            yield return ($"list-empty-{code}", UseCaseListCard.Build("Mes cas d'usage", [], id => id, language, "empty"));
            yield return ($"saved-{code}", SimpleCards.Saved(Draft(WizardStep.Scope), language));
            yield return ($"submitted-{code}", SimpleCards.Submitted(evaluation, language, "notice"));
            yield return ($"central-team-taken-{code}", SimpleCards.ForCentralTeam(evaluation, "Banque de détail", language));
            var submitted = evaluation with { State = UseCaseState.Submitted, OwnerKey = null, OwnerName = null };
            yield return ($"central-team-{code}", SimpleCards.ForCentralTeam(submitted, "Banque de détail", language));
            yield return ($"central-team-channel-{code}", SimpleCards.ForCentralTeam(submitted, "Banque de détail", language, inChannel: true));
            yield return ($"hub-picker-{code}", SimpleCards.HubPicker([new Hub("retail-banking", "Banque de détail", Now, null)], language, "notice"));
        }
    }
}
