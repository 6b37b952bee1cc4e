using GovernanceBot.AdaptiveCards;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Copil.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Hubs;
using GovernanceBot.Identity;
using GovernanceBot.Modules;
using GovernanceBot.Storage;
using GovernanceBot.UseCases;

namespace GovernanceBot.Copil;

/// <summary>
/// A click on a decision card. Who may decide is read from the caller's stored roles. The decision slot is
/// written against its ETag, so of two members deciding at once one wins and the other is shown the decision
/// that stands; then the use-case workflow takes the decision (history, hub notifications) and every posted copy
/// of the card is edited in place, the clicker's included through the invoke response.
/// </summary>
internal sealed class CopilDecisionFlow(
    CopilSessionStore sessions,
    CopilThreads threads,
    UseCaseStore useCases,
    IHubDirectory hubs,
    TimeProvider clock,
    ILogger<CopilDecisionFlow> logger)
{
    private const int WorkflowAttempts = 5;

    public async Task DecideAsync(ITurnContext turn, CopilDecisionData data, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var user = await turn.GetUserAsync(cancellationToken);
        var found = await sessions.GetSessionAsync(data.Session, cancellationToken);
        var slot = found is null ? null : await sessions.GetSlotAsync(data.Session, data.UseCaseId, cancellationToken);
        if (found is not { Session: var session } || slot is not { } current)
        {
            await turn.RespondWithMessageAsync(CopilTexts.DecisionUnknown.In(language), cancellationToken);
            return;
        }
        var now = clock.GetUtcNow();
        var outcome = current.Slot.Decide(user.UserKey, user.DisplayName, user.May(Permission.DecideUseCase), data.Request, now);
        if (outcome.Refusal == DecisionRefusal.NotCopil)
        {
            await turn.RespondWithMessageAsync(CopilTexts.DecisionNotCopil.In(language), cancellationToken);
            return;
        }
        if (await threads.ViewAsync(session, data.UseCaseId, cancellationToken) is not { } view)
        {
            await turn.RespondWithMessageAsync(CopilTexts.DecisionUnknown.In(language), cancellationToken);
            return;
        }
        var cardLanguage = session.Language;
        if (outcome.Refusal is { } refusal)
        {
            await turn.ReplaceCardAsync(DecisionCard.Build(view, cardLanguage, CopilWording.Refusal(refusal, cardLanguage), ContainerStyle.Attention), cancellationToken);
            return;
        }
        if (!outcome.WasTaken)
        {
            await ShowStandingAsync(turn, view with { Decision = outcome.Standing }, cardLanguage, cancellationToken);
            return;
        }

        var decision = outcome.Slot!.Decision!;
        var actor = UseCaseActors.From(user);
        try
        {
            // Checked before the slot is filled, so a decision the workflow would refuse never shows as taken.
            view.UseCase.Apply(decision.Action, actor, decision.Transition, now);
        }
        catch (UseCaseRefusedException refused)
        {
            await turn.ReplaceCardAsync(DecisionCard.Build(view, cardLanguage, UseCases.Cards.UseCaseTexts.Refusal(refused, cardLanguage), ContainerStyle.Attention), cancellationToken);
            return;
        }
        if (!await sessions.TryDecideAsync(outcome.Slot, current.ETag, cancellationToken))
        {
            var standing = (await sessions.GetSlotAsync(data.Session, data.UseCaseId, cancellationToken))?.Slot.Decision;
            await ShowStandingAsync(turn, view with { Decision = standing }, cardLanguage, cancellationToken);
            return;
        }

        await MoveUseCaseAsync(decision, actor, now, cancellationToken);
        var decided = await threads.ViewAsync(session, data.UseCaseId, cancellationToken) ?? view with { Decision = decision };
        await threads.UpdateDecisionCardsAsync(session, decided, cancellationToken);
        await turn.ReplaceCardAsync(DecisionCard.Build(decided, cardLanguage, CopilTexts.DecisionRecorded.In(cardLanguage), ContainerStyle.Good), cancellationToken);
    }

    /// <summary>The workflow move, retried on a use case edited meanwhile; a move the workflow now refuses is logged, the decision stands.</summary>
    private async Task MoveUseCaseAsync(CopilDecision decision, UseCaseActor actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < WorkflowAttempts; attempt++)
        {
            if (await useCases.GetAsync(decision.UseCaseId, cancellationToken) is not { } stored) return;
            try
            {
                var change = stored.UseCase.Apply(decision.Action, actor, decision.Transition, now);
                var hubName = (await hubs.FindAsync(stored.UseCase.HubId, cancellationToken))?.Name ?? stored.UseCase.HubId;
                await useCases.SaveAsync(stored, change.UseCase, [change.Entry], UseCaseNotifier.For(change, actor, hubName), cancellationToken);
                return;
            }
            catch (ConcurrencyConflictException)
            {
                // Edited between our read and our write: read again.
            }
            catch (UseCaseRefusedException refused)
            {
                logger.LogWarning("Copil decision on {UseCase} recorded but the workflow refused the move: {Reason}", decision.UseCaseId, refused.Reason);
                return;
            }
        }
        logger.LogWarning("Copil decision on {UseCase} recorded but the use case kept changing; the workflow move was not written", decision.UseCaseId);
    }

    private static Task ShowStandingAsync(ITurnContext turn, DecisionView view, Language language, CancellationToken cancellationToken) =>
        turn.ReplaceCardAsync(DecisionCard.Build(view, language, CopilTexts.DecisionAlreadyTaken.In(language, view.Decision?.DeciderName ?? "?"), ContainerStyle.Warning), cancellationToken);
}
