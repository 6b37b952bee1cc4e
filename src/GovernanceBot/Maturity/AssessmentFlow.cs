using GovernanceBot.AdaptiveCards;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Maturity;
using GovernanceBot.Hubs;
using GovernanceBot.Identity;
using GovernanceBot.Localization;
using GovernanceBot.Maturity.Cards;
using GovernanceBot.Modules;
using GovernanceBot.Storage;

namespace GovernanceBot.Maturity;

/// <summary>
/// Filling in an assessment: start or resume, choose the hub, answer, go back, save and quit, finish.
/// Every answer is written as soon as it is given. Actions name the draft revision they were drawn from;
/// one from an older copy of the card, or one losing an ETag race, changes nothing and gets the current card.
/// </summary>
internal sealed class AssessmentFlow(
    QuestionnaireDefinition definition,
    MaturityStore store,
    IUserDirectory users,
    IHubDirectory hubs,
    TimeProvider clock)
{
    /// <summary>"maturité" / maturity.start: the user's current question, asking for their hub first if needed.</summary>
    public async Task StartAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var user = await turn.GetUserAsync(cancellationToken);
        var hub = user.HubId is null ? null : await hubs.FindAsync(user.HubId, cancellationToken);
        if (hub is null)
        {
            await ShowHubPickerAsync(turn, user, language, null, cancellationToken);
            return;
        }
        await ShowCurrentQuestionAsync(turn, user, hub, language, resuming: true, notice: null, cancellationToken);
    }

    public async Task ChooseHubAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var user = await turn.GetUserAsync(cancellationToken);
        await ShowHubPickerAsync(turn, user, turn.Language(), null, cancellationToken);
    }

    public async Task SelectHubAsync(ITurnContext turn, MaturityActionData data, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var user = await turn.GetUserAsync(cancellationToken);
        if (data.HubId is null)
        {
            await ShowHubPickerAsync(turn, user, language, MaturityTexts.NoticeChooseHub.In(language), cancellationToken);
            return;
        }

        var hub = await hubs.FindAsync(data.HubId, cancellationToken);
        if (hub is null)
        {
            await ShowHubPickerAsync(turn, user, language, MaturityTexts.NoticeUnknownHub.In(language), cancellationToken);
            return;
        }
        user = await users.JoinHubAsync(user, hub.Id, cancellationToken);
        turn.RememberUser(user);
        await ShowCurrentQuestionAsync(turn, user, hub, language, resuming: true, notice: null, cancellationToken);
    }

    public Task AnswerAsync(ITurnContext turn, MaturityActionData data, CancellationToken cancellationToken) =>
        OnDraftAsync(turn, data, async (context, stored, data) =>
        {
            if (data.Answer is null) await context.ShowAsync(stored, MaturityTexts.NoticeMissingAnswer);
            else if (stored.Draft.IsOnLastQuestion(definition)) await FinishAsync(context, stored, stored.Draft.Answer(definition, data.Answer, clock.GetUtcNow()));
            else await context.SaveAndShowAsync(stored, stored.Draft.Answer(definition, data.Answer, clock.GetUtcNow()).Next(definition, clock.GetUtcNow()));
        }, cancellationToken);

    public Task BackAsync(ITurnContext turn, MaturityActionData data, CancellationToken cancellationToken) =>
        OnDraftAsync(turn, data, async (context, stored, data) =>
        {
            var draft = data.Answer is null ? stored.Draft : stored.Draft.Answer(definition, data.Answer, clock.GetUtcNow());
            await context.SaveAndShowAsync(stored, draft.Back(clock.GetUtcNow()));
        }, cancellationToken);

    public Task SaveAsync(ITurnContext turn, MaturityActionData data, CancellationToken cancellationToken) =>
        OnDraftAsync(turn, data, async (context, stored, data) =>
        {
            var saved = stored;
            if (data.Answer is not null)
                saved = await store.ReplaceDraftAsync(stored.Draft.Answer(definition, data.Answer, clock.GetUtcNow()), stored.ETag, context.CancellationToken);
            await context.Turn.ReplaceCardAsync(SavedCard.Build(definition, saved.Draft, context.Hub.Name, context.Language), context.CancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Loads the draft a question-card action refers to and runs <paramref name="step"/> on it, turning every
    /// way the action can be wrong into the right card plus a notice, with nothing changed.
    /// </summary>
    private async Task OnDraftAsync(ITurnContext turn, MaturityActionData data, Func<DraftContext, StoredDraft, MaturityActionData, Task> step, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var user = await turn.GetUserAsync(cancellationToken);
        var hub = data.HubId is null ? null : await hubs.FindAsync(data.HubId, cancellationToken);
        if (hub is null)
        {
            await ShowHubPickerAsync(turn, user, language, MaturityTexts.NoticeUnknownHub.In(language), cancellationToken);
            return;
        }
        if (hub.Id != user.HubId)
        {
            // The hub comes from the card, so anyone can name any hub: only the one the user joined may be answered for.
            await ShowHubPickerAsync(turn, user, language, MaturityTexts.NoticeNotYourHub.In(language), cancellationToken);
            return;
        }

        var context = new DraftContext(definition, store, turn, user, hub, language, cancellationToken);
        var stored = await store.GetDraftAsync(user.UserKey, hub.Id, cancellationToken);
        if (stored is null || stored.Draft.Id != data.DraftId)
        {
            var finished = data.DraftId is { } id ? await store.FindCompletedAsync(hub.Id, id, cancellationToken) : null;
            if (finished is not null && finished.RespondentId == user.UserKey)
            {
                await ShowResultAsync(turn, finished, hub, language, MaturityTexts.NoticeAlreadyFinished.In(language), cancellationToken);
                return;
            }
            await ShowCurrentQuestionAsync(turn, user, hub, language, resuming: false, MaturityTexts.NoticeDraftGone.In(language), cancellationToken);
            return;
        }
        if (!stored.Draft.IsFor(definition))
        {
            await ShowCurrentQuestionAsync(turn, user, hub, language, resuming: false, notice: null, cancellationToken);
            return;
        }

        try
        {
            stored.Draft.EnsureCurrent(definition, data.Revision ?? -1, data.QuestionId);
            // No accepted answer is anywhere near this long; a longer one is refused before it is parsed or stored.
            if (data.Answer is { Length: > MaturityActionData.MaxAnswerLength }) throw new InvalidAnswerException(stored.Draft.CurrentQuestion(definition).Id, data.Answer);
            await step(context, stored, data);
        }
        catch (Exception exception) when (exception is StaleDraftException or ConcurrencyConflictException or EntityNotFoundException)
        {
            await ShowAfterLostRaceAsync(turn, user, hub, language, data.DraftId, cancellationToken);
        }
        catch (InvalidAnswerException invalid)
        {
            // Echo a forged value back only in part: it is the sender's text, of any length.
            var shown = invalid.Value is { Length: > 40 } value ? value[..40] + "…" : invalid.Value;
            await context.ShowAsync(stored, MaturityTexts.NoticeInvalidAnswer, shown);
        }
    }

    /// <summary>
    /// The action lost to another copy of the card. When that copy finished the assessment (it claims the
    /// draft, records the result, then deletes the draft), the result is shown; otherwise the draft as it
    /// now is. A new draft is never started here: the only reason to find none is that the winner finished.
    /// </summary>
    private async Task ShowAfterLostRaceAsync(ITurnContext turn, UserAccess user, Hub hub, Language language, Guid? draftId, CancellationToken cancellationToken)
    {
        var stale = MaturityTexts.NoticeStale.In(language);
        var stored = await store.GetDraftAsync(user.UserKey, hub.Id, cancellationToken);
        if (stored is not null && stored.Draft.Id == draftId && stored.Draft.IsFor(definition))
        {
            await turn.ReplaceCardAsync(QuestionCard.Build(definition, stored.Draft, hub.Name, language, stale), cancellationToken);
            return;
        }

        var finished = draftId is { } id ? await store.FindCompletedAsync(hub.Id, id, cancellationToken) : null;
        if (finished is not null && finished.RespondentId == user.UserKey)
        {
            await ShowResultAsync(turn, finished, hub, language, MaturityTexts.NoticeAlreadyFinished.In(language), cancellationToken);
            return;
        }
        await ShowCurrentQuestionAsync(turn, user, hub, language, resuming: false, stale, cancellationToken);
    }

    private async Task FinishAsync(DraftContext context, StoredDraft stored, AssessmentDraft answered)
    {
        var cancellationToken = context.CancellationToken;
        if (!answered.IsComplete(definition))
        {
            // Cannot happen through the cards (Next requires an answer), but a forged action must not score a partial draft.
            var firstMissing = definition.IndexOf(definition.Questions.First(q => answered.AnswerTo(q.Id) is null).Id);
            await context.SaveAndShowAsync(stored, answered with { CurrentIndex = firstMissing }, MaturityTexts.NoticeMissingAnswer);
            return;
        }

        // Claiming the draft with its ETag first makes sure only one of two racing copies completes it.
        var claimed = await store.ReplaceDraftAsync(answered, stored.ETag, cancellationToken);
        var completed = answered.Complete(definition, context.User.DisplayName, clock.GetUtcNow());
        if (await store.FindCompletedAsync(context.Hub.Id, completed.Id, cancellationToken) is null)
        {
            try
            {
                await store.AddCompletedAsync(completed, cancellationToken);
            }
            catch (EntityAlreadyExistsException)
            {
                // A retried insert whose first attempt was stored but whose answer was lost: it is recorded, go on.
            }
        }
        await store.DeleteDraftAsync(claimed, cancellationToken);
        await ShowResultAsync(context.Turn, completed, context.Hub, context.Language, null, cancellationToken);
    }

    private async Task ShowResultAsync(ITurnContext turn, CompletedAssessment assessment, Hub hub, Language language, string? notice, CancellationToken cancellationToken)
    {
        var previous = await store.FindPreviousAsync(assessment, cancellationToken);
        await turn.ReplaceCardAsync(ResultCard.Build(definition, assessment, previous, hub.Name, language, notice), cancellationToken);
    }

    private async Task ShowCurrentQuestionAsync(ITurnContext turn, UserAccess user, Hub hub, Language language, bool resuming, string? notice, CancellationToken cancellationToken)
    {
        var stored = await store.GetDraftAsync(user.UserKey, hub.Id, cancellationToken);
        if (stored is null)
        {
            stored = await StartDraftAsync(user, hub, cancellationToken);
        }
        else if (!stored.Draft.IsFor(definition))
        {
            var fresh = AssessmentDraft.Start(definition, Guid.NewGuid(), hub.Id, user.UserKey, clock.GetUtcNow());
            stored = await store.ReplaceDraftAsync(fresh, stored.ETag, cancellationToken);
            notice = MaturityTexts.NoticeQuestionnaireChanged.In(language);
        }
        else if (resuming && notice is null && stored.Draft.Answers.Count > 0)
        {
            // Resuming is the normal way back in: say so as information, not as a warning.
            await turn.ReplaceCardAsync(QuestionCard.Build(definition, stored.Draft, hub.Name, language, MaturityTexts.NoticeResumed.In(language), ContainerStyle.Accent), cancellationToken);
            return;
        }
        await turn.ReplaceCardAsync(QuestionCard.Build(definition, stored.Draft, hub.Name, language, notice), cancellationToken);
    }

    private async Task<StoredDraft> StartDraftAsync(UserAccess user, Hub hub, CancellationToken cancellationToken)
    {
        var draft = AssessmentDraft.Start(definition, Guid.NewGuid(), hub.Id, user.UserKey, clock.GetUtcNow());
        try
        {
            return await store.AddDraftAsync(draft, cancellationToken);
        }
        catch (EntityAlreadyExistsException)
        {
            // Another copy started one a moment ago: continue with that one.
            return (await store.GetDraftAsync(user.UserKey, hub.Id, cancellationToken))!;
        }
    }

    private async Task ShowHubPickerAsync(ITurnContext turn, UserAccess user, Language language, string? notice, CancellationToken cancellationToken)
    {
        var all = await hubs.ListAsync(cancellationToken);
        if (all.Count == 0)
        {
            await turn.RespondWithMessageAsync(MaturityTexts.NoHubs.In(language), cancellationToken);
            return;
        }
        await turn.ReplaceCardAsync(HubPickerCard.Build(all, user.HubId, language, notice), cancellationToken);
    }

    /// <summary>The turn, user and hub a question-card action runs in, with the ways to answer it.</summary>
    private sealed record DraftContext(QuestionnaireDefinition Definition, MaturityStore Store, ITurnContext Turn, UserAccess User, Hub Hub, Language Language, CancellationToken CancellationToken)
    {
        /// <summary>Shows the stored draft's card unchanged, with a notice.</summary>
        public Task ShowAsync(StoredDraft stored, TextRef notice, params object?[] args) =>
            Turn.ReplaceCardAsync(QuestionCard.Build(Definition, stored.Draft, Hub.Name, Language, notice.In(Language, args)), CancellationToken);

        /// <summary>Writes the changed draft (if it changed) against the ETag it was read with, then shows it.</summary>
        public async Task SaveAndShowAsync(StoredDraft stored, AssessmentDraft changed, TextRef? notice = null)
        {
            var saved = ReferenceEquals(changed, stored.Draft) ? stored : await Store.ReplaceDraftAsync(changed, stored.ETag, CancellationToken);
            var noticeText = notice?.In(Language);
            await Turn.ReplaceCardAsync(QuestionCard.Build(Definition, saved.Draft, Hub.Name, Language, noticeText), CancellationToken);
        }
    }
}
