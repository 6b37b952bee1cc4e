using System.Globalization;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Catalogue;
using GovernanceBot.Domain;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Hubs;
using GovernanceBot.Identity;
using GovernanceBot.Modules;
using GovernanceBot.Storage;
using GovernanceBot.UseCases.Cards;

namespace GovernanceBot.UseCases;

/// <summary>
/// Everything done to use cases from cards and commands: the submission wizard, lists, the use-case card,
/// governance transitions, the evaluation and the production facts. Each action loads the use case, checks
/// the card was drawn from its current revision, lets the domain decide with the caller's stored roles, and
/// writes against the ETag it read. An action from an old copy, one that loses a race, or one the rules refuse
/// changes nothing and answers with the current card and a notice.
/// </summary>
internal sealed class UseCaseFlow(UseCaseStore store, IUserDirectory users, IHubDirectory hubs, IndustrialisationScoring scoring, CatalogueService catalogue, TimeProvider clock)
{
    /// <summary>"soumettre un cas d'usage": the hub first if unknown, then open drafts to resume, or a new one.</summary>
    public async Task StartAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var user = await turn.GetUserAsync(cancellationToken);
        var hub = user.HubId is null ? null : await hubs.FindAsync(user.HubId, cancellationToken);
        if (hub is null)
        {
            await ShowHubPickerAsync(turn, language, null, cancellationToken);
            return;
        }
        var drafts = (await store.ListBySubmitterAsync(user.UserKey, cancellationToken)).Where(i => i.State == UseCaseState.Draft).ToList();
        if (drafts.Count > 0)
        {
            var names = await HubNamesAsync(cancellationToken);
            await turn.ReplaceCardAsync(UseCaseListCard.Build(UseCaseTexts.DraftsOpen.In(language), drafts, id => names.GetValueOrDefault(id, id), language, "", offerNew: true), cancellationToken);
            return;
        }
        await NewDraftAsync(turn, cancellationToken);
    }

    public async Task NewDraftAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var user = await turn.GetUserAsync(cancellationToken);
        var hub = user.HubId is null ? null : await hubs.FindAsync(user.HubId, cancellationToken);
        if (hub is null)
        {
            await ShowHubPickerAsync(turn, language, null, cancellationToken);
            return;
        }
        var stored = await store.AddAsync(UseCase.Start(Guid.NewGuid(), hub.Id, UseCaseActors.From(user), clock.GetUtcNow()), cancellationToken);
        await turn.ReplaceCardAsync(await WizardAsync(stored.UseCase, hub.Name, language, cancellationToken: cancellationToken), cancellationToken);
    }

    public async Task SelectHubAsync(ITurnContext turn, UseCaseActionData data, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var hubId = data.Input(UseCaseActionData.HubInput);
        var hub = hubId is null ? null : await hubs.FindAsync(hubId, cancellationToken);
        if (hub is null)
        {
            await ShowHubPickerAsync(turn, language, UseCaseTexts.NoticeChooseHub.In(language), cancellationToken);
            return;
        }
        turn.RememberUser(await users.JoinHubAsync(await turn.GetUserAsync(cancellationToken), hub.Id, cancellationToken));
        await StartAsync(turn, cancellationToken);
    }

    /// <summary>Back / Next / Save and quit / jump to a step, saving what the card sent.</summary>
    public Task WizardAsync(ITurnContext turn, UseCaseActionData data, CancellationToken cancellationToken) =>
        OnUseCaseAsync(turn, data, async context =>
        {
            var useCase = context.Stored.UseCase;
            if (data.Step is not { } step || data.Move is not { } move || step != useCase.Step) throw new StaleUseCaseException(data.Revision ?? -1, useCase.Revision);
            useCase.EnsureCurrent(data.Revision ?? -1);
            var fields = await WithPickedDatasetsAsync(data, cancellationToken);
            var outcome = useCase.ApplyWizard(context.Actor, step, fields, move, clock.GetUtcNow(), data.GoTo);
            var saved = ReferenceEquals(outcome.UseCase, useCase) ? context.Stored : await store.SaveAsync(context.Stored, outcome.UseCase, null, cancellationToken);
            if (move == WizardMove.SaveAndQuit && outcome.Moved)
            {
                await turn.ReplaceCardAsync(SimpleCards.Saved(saved.UseCase, context.Language), cancellationToken);
                return;
            }
            await turn.ReplaceCardAsync(await WizardAsync(saved.UseCase, await HubNameAsync(saved.UseCase.HubId, cancellationToken), context.Language, outcome.Errors, fields, cancellationToken: cancellationToken), cancellationToken);
        }, cancellationToken);

    /// <summary>Opens a use case: the wizard for a draft its hub may edit, otherwise its card.</summary>
    public Task OpenAsync(ITurnContext turn, UseCaseActionData data, CancellationToken cancellationToken) =>
        OnUseCaseAsync(turn, data, context => ShowCurrentAsync(context, null, ContainerStyle.Warning), cancellationToken);

    /// <summary>"cas d'usage UC-2026-0042".</summary>
    /// <summary>True when the typed text names a registry number such as UC-2026-0042.</summary>
    public bool HasNumber(ITurnContext turn) =>
        turn.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(word => UseCaseNumber.TryParse(word) is not null);

    public async Task ShowAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var number = turn.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(UseCaseNumber.TryParse).FirstOrDefault(n => n is not null);
        if (number is null)
        {
            await turn.SendTextAsync(UseCaseTexts.UsageShow.In(language), cancellationToken);
            return;
        }
        var found = await store.FindAsync(number.Value, cancellationToken);
        await OnUseCaseAsync(turn, new UseCaseActionData { UseCaseId = found?.UseCase.Id ?? Guid.Empty }, context => ShowCurrentAsync(context, null, ContainerStyle.Warning), cancellationToken);
    }

    /// <summary>"mes cas d'usage": the caller's drafts and submitted use cases, most recently changed first.</summary>
    public async Task MineAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var user = await turn.GetUserAsync(cancellationToken);
        var mine = await store.ListBySubmitterAsync(user.UserKey, cancellationToken);
        var names = await HubNamesAsync(cancellationToken);
        await turn.ReplaceCardAsync(UseCaseListCard.Build(UseCaseTexts.MineTitle.In(language), mine, id => names.GetValueOrDefault(id, id), language, UseCaseTexts.MineEmpty.In(language), offerNew: true), cancellationToken);
    }

    /// <summary>"à évaluer": submitted cases waiting to be taken, then cases in evaluation with their owner.</summary>
    public async Task ToEvaluateAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var waiting = await store.ListByStateAsync(UseCaseState.Submitted, cancellationToken);
        var inEvaluation = await store.ListByStateAsync(UseCaseState.InEvaluation, cancellationToken);
        var names = await HubNamesAsync(cancellationToken);
        await turn.ReplaceCardAsync(UseCaseListCard.Build(UseCaseTexts.ToEvaluateTitle.In(language), [.. waiting.OrderBy(i => i.UpdatedAt), .. inEvaluation],
            id => names.GetValueOrDefault(id, id), language, UseCaseTexts.ToEvaluateEmpty.In(language)), cancellationToken);
    }

    /// <summary>A governance action from a card: submit, take, send back, decide, industrialise, validate, go live, retire.</summary>
    public Task TransitionAsync(ITurnContext turn, UseCaseActionData data, CancellationToken cancellationToken) =>
        OnUseCaseAsync(turn, data, async context =>
        {
            var useCase = context.Stored.UseCase;
            if (data.Action is not { } action) throw new StaleUseCaseException(data.Revision ?? -1, useCase.Revision);
            useCase.EnsureCurrent(data.Revision ?? -1);
            var dateText = data.Input(UseCaseActionData.DateInput);
            DateOnly? date = null;
            if (dateText is not null)
            {
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await ShowCurrentAsync(context, UseCaseTexts.NoticeBadDate.In(context.Language), ContainerStyle.Attention);
                    return;
                }
                date = parsed;
            }
            var request = new TransitionRequest(data.Input(UseCaseActionData.CommentInput), date);
            var now = clock.GetUtcNow();
            var hubName = await HubNameAsync(useCase.HubId, cancellationToken);
            if (action == LifecycleAction.Submit)
            {
                var submitted = await store.SubmitAsync(context.Stored, now.Year, number => useCase.Apply(action, context.Actor, request, now, number), cancellationToken,
                    change => UseCaseNotifier.For(change, context.Actor, hubName));
                await turn.ReplaceCardAsync(SimpleCards.Submitted(submitted.UseCase, context.Language), cancellationToken);
                return;
            }
            var change = useCase.Apply(action, context.Actor, request, now);
            var saved = await store.SaveAsync(context.Stored, change.UseCase, [change.Entry], UseCaseNotifier.For(change, context.Actor, hubName), cancellationToken);
            await ShowCurrentAsync(context with { Stored = saved }, UseCaseTexts.NoticeDone.In(context.Language, UseCaseTexts.Action(action, context.Language)), ContainerStyle.Good);
        }, cancellationToken);

    /// <summary>Opens the evaluation card: for the evaluation's owner while the case is in evaluation.</summary>
    public Task EvaluateAsync(ITurnContext turn, UseCaseActionData data, CancellationToken cancellationToken) =>
        OnUseCaseAsync(turn, data, async context =>
        {
            var useCase = context.Stored.UseCase;
            EnsureEvaluator(useCase, context.Actor);
            await turn.ReplaceCardAsync(EvaluationCard.Build(useCase, useCase.Score(scoring), context.Language), cancellationToken);
        }, cancellationToken);

    /// <summary>Saves the four ratings; with "Mark evaluated" also finishes the evaluation in the same write.</summary>
    public Task SaveScoresAsync(ITurnContext turn, UseCaseActionData data, CancellationToken cancellationToken) =>
        OnUseCaseAsync(turn, data, async context =>
        {
            var useCase = context.Stored.UseCase;
            useCase.EnsureCurrent(data.Revision ?? -1);
            EnsureEvaluator(useCase, context.Actor);
            var ratings = new Dictionary<EvaluationAxis, AxisRating>();
            foreach (var axis in Enum.GetValues<EvaluationAxis>())
            {
                var text = data.Input(UseCaseActionData.RatingInput(axis));
                if (text is null) continue;
                var comment = data.Input(UseCaseActionData.RatingCommentInput(axis));
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var rating) || rating is < AxisRating.Lowest or > AxisRating.Highest
                    || comment is { Length: > AxisRating.CommentLength })
                {
                    await turn.ReplaceCardAsync(EvaluationCard.Build(useCase, useCase.Score(scoring), context.Language, UseCaseTexts.NoticeBadRating.In(context.Language), ContainerStyle.Attention), cancellationToken);
                    return;
                }
                ratings[axis] = new AxisRating(rating, comment);
            }
            var now = clock.GetUtcNow();
            var rated = useCase.Rate(context.Actor, ratings, now);
            if (data.Action == LifecycleAction.MarkEvaluated)
            {
                var evaluated = rated.UseCase.Apply(LifecycleAction.MarkEvaluated, context.Actor, TransitionRequest.None, now);
                var done = await store.SaveAsync(context.Stored, evaluated.UseCase, [rated.Entry, evaluated.Entry],
                    UseCaseNotifier.For(evaluated, context.Actor, await HubNameAsync(useCase.HubId, cancellationToken)), cancellationToken);
                await ShowCurrentAsync(context with { Stored = done }, UseCaseTexts.NoticeDone.In(context.Language, UseCaseTexts.Action(LifecycleAction.MarkEvaluated, context.Language)), ContainerStyle.Good);
                return;
            }
            var saved = await store.SaveAsync(context.Stored, rated.UseCase, rated.Entry, cancellationToken);
            await turn.ReplaceCardAsync(EvaluationCard.Build(saved.UseCase, saved.UseCase.Score(scoring), context.Language, UseCaseTexts.NoticeSaved.In(context.Language), ContainerStyle.Good), cancellationToken);
        }, cancellationToken);

    public Task EditFactsAsync(ITurnContext turn, UseCaseActionData data, CancellationToken cancellationToken) =>
        OnUseCaseAsync(turn, data, async context =>
        {
            if (!CanEditFacts(context.Stored.UseCase, context.Actor)) throw new UseCaseRefusedException(UseCaseRefusal.NotAllowed);
            await turn.ReplaceCardAsync(FactsCard.Build(context.Stored.UseCase, context.Language), cancellationToken);
        }, cancellationToken);

    /// <summary>Saves phase, MLOps level and production facts, each change recorded in the history.</summary>
    public Task SaveFactsAsync(ITurnContext turn, UseCaseActionData data, CancellationToken cancellationToken) =>
        OnUseCaseAsync(turn, data, async context =>
        {
            var useCase = context.Stored.UseCase;
            useCase.EnsureCurrent(data.Revision ?? -1);
            var now = clock.GetUtcNow();
            var changes = new List<UseCaseChange>();
            var current = useCase;
            if (Enum.TryParse<LifecyclePhase>(data.Input(UseCaseActionData.PhaseInput), out var phase) && Enum.IsDefined(phase) && phase != current.Phase)
                changes.Add(current.SetPhase(context.Actor, phase, now));
            current = changes.LastOrDefault()?.UseCase ?? current;
            if (Enum.TryParse<MlopsLevel>(data.Input(UseCaseActionData.MlopsInput), out var level) && Enum.IsDefined(level) && level != current.MlopsLevel)
                changes.Add(current.SetMlopsLevel(context.Actor, level, now));
            current = changes.LastOrDefault()?.UseCase ?? current;
            var goLive = DateOnly.TryParseExact(data.Input(UseCaseActionData.GoLiveInput), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var live) ? live : (DateOnly?)null;
            var facts = new ProductionFacts
            {
                GoLiveDate = goLive,
                SupportContact = data.Input(UseCaseActionData.SupportInput),
                MonitoringUrl = data.Input(UseCaseActionData.MonitoringInput),
                KpiValues = data.Input(UseCaseActionData.KpiInput),
            };
            if (facts != current.Production)
            {
                try
                {
                    changes.Add(current.SetProductionFacts(context.Actor, facts, now));
                }
                catch (ArgumentException)
                {
                    await turn.ReplaceCardAsync(FactsCard.Build(useCase, context.Language, UseCaseTexts.Error(new FieldError("monitoringUrl", FieldErrorCode.NotAUrl), context.Language)), cancellationToken);
                    return;
                }
            }
            var saved = changes.Count == 0 ? context.Stored
                : await store.SaveAsync(context.Stored, changes[^1].UseCase, [.. changes.Select(c => c.Entry)], [], cancellationToken);
            await ShowCurrentAsync(context with { Stored = saved }, UseCaseTexts.NoticeSaved.In(context.Language), ContainerStyle.Good);
        }, cancellationToken);

    private static void EnsureEvaluator(UseCase useCase, UseCaseActor actor)
    {
        if (!actor.IsCentralTeam) throw new UseCaseRefusedException(UseCaseRefusal.NotAllowed);
        if (useCase.State != UseCaseState.InEvaluation) throw new UseCaseRefusedException(UseCaseRefusal.WrongState);
        if (useCase.OwnerKey != actor.UserKey) throw new UseCaseRefusedException(UseCaseRefusal.NotOwner, ownerName: useCase.OwnerName);
    }

    private static bool CanEditFacts(UseCase useCase, UseCaseActor actor) =>
        actor.IsCentralTeam && useCase.State is UseCaseState.InIndustrialisation or UseCaseState.InValidation or UseCaseState.InProduction;

    /// <summary>
    /// Loads the use case an action names and runs <paramref name="step"/> on it, turning every way the action can be
    /// wrong into the current card plus a notice, with nothing changed.
    /// </summary>
    private async Task OnUseCaseAsync(ITurnContext turn, UseCaseActionData data, Func<UseCaseContext, Task> step, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var actor = UseCaseActors.From(await turn.GetUserAsync(cancellationToken));
        var stored = data.UseCaseId is { } id ? await store.GetAsync(id, cancellationToken) : null;
        if (stored is null)
        {
            await turn.RespondWithMessageAsync(UseCaseTexts.NoticeNotFound.In(language), cancellationToken);
            return;
        }
        if (!actor.CanView(stored.UseCase))
        {
            await turn.RespondWithMessageAsync(UseCaseTexts.NoticeNotVisible.In(language), cancellationToken);
            return;
        }
        var context = new UseCaseContext(turn, actor, stored, language, cancellationToken);
        try
        {
            await step(context);
        }
        catch (Exception exception) when (exception is StaleUseCaseException or ConcurrencyConflictException or EntityNotFoundException)
        {
            var current = await store.GetAsync(stored.UseCase.Id, cancellationToken) ?? stored;
            var notice = data.Action == LifecycleAction.Submit && current.UseCase.State != UseCaseState.Draft
                ? UseCaseTexts.NoticeAlreadySubmitted.In(language, current.UseCase.Number?.ToString())
                : UseCaseTexts.NoticeStale.In(language);
            await ShowCurrentAsync(context with { Stored = current }, notice, ContainerStyle.Warning);
        }
        catch (UseCaseRefusedException refused) when (refused.Reason == UseCaseRefusal.Incomplete)
        {
            var current = stored.UseCase with { Step = WizardStep.Review };
            await turn.ReplaceCardAsync(await WizardAsync(current, await HubNameAsync(current.HubId, cancellationToken), language, refused.Missing, null, UseCaseTexts.Refusal(refused, language), cancellationToken), cancellationToken);
        }
        catch (UseCaseRefusedException refused)
        {
            await ShowCurrentAsync(context, UseCaseTexts.Refusal(refused, language), ContainerStyle.Attention);
        }
    }

    private async Task ShowCurrentAsync(UseCaseContext context, string? notice, ContainerStyle style)
    {
        var (turn, actor, stored, language, cancellationToken) = context;
        var useCase = stored.UseCase;
        var hubName = await HubNameAsync(useCase.HubId, cancellationToken);
        if (!ConversationKinds.IsPersonal(turn.Activity))
        {
            await ShowInChannelAsync(context, hubName, notice);
            return;
        }
        if (useCase.IsEditableBy(actor))
        {
            await turn.ReplaceCardAsync(await WizardAsync(useCase, hubName, language, notice: notice, cancellationToken: cancellationToken), cancellationToken);
            return;
        }
        var history = await store.HistoryAsync(useCase.Id, UseCaseCard.HistoryLines, cancellationToken);
        var view = new UseCaseView(useCase, hubName, history, UseCaseLifecycle.AvailableTo(useCase, actor), useCase.Score(scoring),
            CanEvaluate: useCase.State == UseCaseState.InEvaluation && useCase.OwnerKey == actor.UserKey,
            CanEditFacts: CanEditFacts(useCase, actor),
            CanEditDraft: false);
        await turn.ReplaceCardAsync(UseCaseCard.Build(view, language, notice, style), cancellationToken);
    }

    /// <summary>
    /// A click on the central team's card in a channel (where the card is everyone's): once the case has left
    /// "submitted" the card says who took it, for all; answers meant for the clicker alone (a refusal, a stale
    /// copy) come as a short message under the card, which stays as it was.
    /// </summary>
    private static async Task ShowInChannelAsync(UseCaseContext context, string hubName, string? notice)
    {
        var (turn, _, stored, language, cancellationToken) = context;
        if (stored.UseCase.State != UseCaseState.Submitted && stored.UseCase.State != UseCaseState.Draft)
        {
            await turn.ReplaceCardAsync(SimpleCards.ForCentralTeam(stored.UseCase, hubName, Language.French, inChannel: true), cancellationToken);
            return;
        }
        await turn.RespondWithMessageAsync(notice ?? UseCaseTexts.NoticeStale.In(language), cancellationToken);
    }

    /// <summary>The wizard card, with the catalogue typeahead on the package step when the catalogue has datasets.</summary>
    private async Task<AdaptiveCard> WizardAsync(UseCase useCase, string hubName, Language language, IReadOnlyList<FieldError>? errors = null,
        IReadOnlyDictionary<string, string?>? typed = null, string? notice = null, CancellationToken cancellationToken = default)
    {
        var choices = useCase.Step == WizardStep.Package
            ? (await catalogue.SuggestDatasetsAsync("", 0, DatasetSearch.FirstChoices, cancellationToken)).Select(DatasetSearch.Choice).ToList()
            : null;
        return WizardCard.Build(useCase, hubName, language, errors, typed, notice, choices);
    }

    /// <summary>
    /// The fields the card sent, with the datasets picked in the catalogue typeahead added to the typed list
    /// (by name, once each). An id the catalogue does not know is kept as typed, so nothing picked is lost.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, string?>> WithPickedDatasetsAsync(UseCaseActionData data, CancellationToken cancellationToken)
    {
        if (data.Input(UseCaseActionData.DatasetsPickedInput) is not { } picked) return data.Fields;
        var snapshot = await catalogue.SnapshotAsync(cancellationToken);
        var lines = (data.Fields.GetValueOrDefault(UseCaseActionData.DatasetsField) ?? "")
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        foreach (var id in picked.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var name = snapshot.FindDataset(id)?.Name ?? id;
            if (!lines.Contains(name, StringComparer.OrdinalIgnoreCase)) lines.Add(name);
        }
        return new Dictionary<string, string?>(data.Fields) { [UseCaseActionData.DatasetsField] = string.Join('\n', lines) };
    }

    private async Task ShowHubPickerAsync(ITurnContext turn, Language language, string? notice, CancellationToken cancellationToken)
    {
        var all = await hubs.ListAsync(cancellationToken);
        if (all.Count == 0) await turn.RespondWithMessageAsync(UseCaseTexts.NoHubs.In(language), cancellationToken);
        else await turn.ReplaceCardAsync(SimpleCards.HubPicker(all, language, notice), cancellationToken);
    }

    private async Task<string> HubNameAsync(string hubId, CancellationToken cancellationToken) => (await hubs.FindAsync(hubId, cancellationToken))?.Name ?? hubId;

    private async Task<Dictionary<string, string>> HubNamesAsync(CancellationToken cancellationToken) =>
        (await hubs.ListAsync(cancellationToken)).ToDictionary(h => h.Id, h => h.Name);

    private sealed record UseCaseContext(ITurnContext Turn, UseCaseActor Actor, StoredUseCase Stored, Language Language, CancellationToken CancellationToken);
}
