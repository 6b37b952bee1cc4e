using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Links;
using GovernanceBot.Domain.Catalogue.Questions;
using GovernanceBot.Modules;

namespace GovernanceBot.Catalogue.Links;

/// <summary>
/// The central team's links between datasets and use cases: "lier" / "link" and "délier" / "unlink" typed with
/// ids or names (candidates to choose from when a name is not clear), and Confirm / Reject on the suggested
/// links of a record card, which is drawn again in place. Every route is guarded by
/// <see cref="Identity.Permission.CurateCatalogueLinks"/>; a repeated click or command changes nothing twice.
/// </summary>
public sealed class LinkFlow(
    CatalogueService catalogue, CatalogueLinkStore store, CatalogueLinkBook book, RecordCards records, TimeProvider time)
{
    public Task LinkAsync(ITurnContext turn, CancellationToken cancellationToken) => CommandAsync(turn, CatalogueLinkCommands.Link, false, cancellationToken);

    public Task UnlinkAsync(ITurnContext turn, CancellationToken cancellationToken) => CommandAsync(turn, CatalogueLinkCommands.Unlink, true, cancellationToken);

    /// <summary>A candidate chosen: the other side is resolved the same way, then the link is made or removed.</summary>
    public async Task PickAsync(ITurnContext turn, LinkChoiceData data, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var snapshot = await catalogue.SnapshotAsync(cancellationToken);
        var resolver = Resolver(snapshot);
        var useCase = data.UseCaseId is { } useCaseId ? Known(snapshot, CatalogueKind.UseCases, useCaseId) : resolver.Side(CatalogueKind.UseCases, data.UseCaseText);
        var dataset = data.DatasetId is { } datasetId ? Known(snapshot, CatalogueKind.Datasets, datasetId) : resolver.Side(CatalogueKind.Datasets, data.DatasetText);
        if (useCase is null || dataset is null)
        {
            await turn.RespondWithMessageAsync(CatalogueLinkTexts.RecordGone.In(language), cancellationToken);
            return;
        }
        var resolution = new LinkResolution(
            useCase.IsEmpty || dataset.IsEmpty ? LinkOutcome.NotFound : useCase.IsResolved && dataset.IsResolved ? LinkOutcome.Resolved : LinkOutcome.Choose,
            useCase, dataset, data.Role);
        await AnswerAsync(turn, resolution, data.Unlink, snapshot, replace: true, cancellationToken);
    }

    public Task ConfirmAsync(ITurnContext turn, LinkPairData data, CancellationToken cancellationToken) => ReviewAsync(turn, data, LinkState.Linked, cancellationToken);

    public Task RejectAsync(ITurnContext turn, LinkPairData data, CancellationToken cancellationToken) => ReviewAsync(turn, data, LinkState.Rejected, cancellationToken);

    /// <summary>"Délier" on the card of a link just saved.</summary>
    public async Task UnlinkCardAsync(ITurnContext turn, LinkPairData data, CancellationToken cancellationToken)
    {
        var snapshot = await catalogue.SnapshotAsync(cancellationToken);
        if (snapshot.FindUseCase(data.UseCaseId) is not { } useCase || snapshot.FindDataset(data.DatasetId) is not { } dataset)
        {
            await turn.RespondWithMessageAsync(CatalogueLinkTexts.RecordGone.In(turn.Language()), cancellationToken);
            return;
        }
        await RemoveAsync(turn, useCase, dataset, snapshot, replace: true, cancellationToken);
    }

    private async Task CommandAsync(ITurnContext turn, BotCommand command, bool unlink, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var rest = CatalogueLinkCommands.Arguments(turn.Text, command);
        if (rest.Length == 0 || rest.Length > LinkChoiceData.MaxTextLength * 2)
        {
            await turn.SendTextAsync((unlink ? CatalogueLinkTexts.UnlinkUsage : CatalogueLinkTexts.Usage).In(language), cancellationToken);
            return;
        }
        var snapshot = await catalogue.SnapshotAsync(cancellationToken);
        await AnswerAsync(turn, Resolver(snapshot).Resolve(rest), unlink, snapshot, replace: false, cancellationToken);
    }

    private async Task AnswerAsync(ITurnContext turn, LinkResolution resolution, bool unlink, CatalogueSnapshot snapshot, bool replace, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        switch (resolution.Outcome)
        {
            case LinkOutcome.Unclear:
                await turn.SendTextAsync(CatalogueLinkTexts.Unclear.In(language), cancellationToken);
                return;
            case LinkOutcome.NotFound:
                var text = resolution.UseCase!.IsEmpty
                    ? CatalogueLinkTexts.UseCaseNotFound.In(language, resolution.UseCase.Text)
                    : CatalogueLinkTexts.DatasetNotFound.In(language, resolution.Dataset!.Text);
                await Respond(turn, text, replace, cancellationToken);
                return;
            case LinkOutcome.Choose:
                await ShowAsync(turn, ChoiceCard(resolution, unlink, snapshot, language), replace, cancellationToken);
                return;
        }
        var useCase = snapshot.FindUseCase(resolution.UseCase!.Id)!;
        var dataset = snapshot.FindDataset(resolution.Dataset!.Id)!;
        if (unlink)
        {
            await RemoveAsync(turn, useCase, dataset, snapshot, replace, cancellationToken);
            return;
        }
        var user = await turn.GetUserAsync(cancellationToken);
        var decision = new LinkDecision(dataset.Id, useCase.Id, LinkState.Linked, resolution.Role, user.UserKey, Name(turn, user), time.GetUtcNow())
        {
            SuggestionScore = SuggestionScore(snapshot, dataset, useCase.Id),
        };
        // A typed command is the central team's word: it replaces an earlier rejection or role.
        var written = await store.DecideAsync(decision, _ => true, cancellationToken);
        book.Decided(written.Current);
        await ShowAsync(turn, LinkCards.Linked(useCase, dataset, written.Current, written.Outcome == DecisionOutcome.Unchanged, language), replace, cancellationToken);
    }

    /// <summary>
    /// Removes the central team's link. A pair the rules also suggest is stored as rejected instead, so the
    /// suggestion does not come back; a link the catalogue record itself states is left to its source.
    /// </summary>
    private async Task RemoveAsync(ITurnContext turn, CatalogueUseCase useCase, CatalogueDataset dataset, CatalogueSnapshot snapshot, bool replace, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        // Read from storage, not the in-memory copy: another instance may have changed the pair seconds ago.
        var current = (await store.GetDecisionAsync(dataset.Id, useCase.Id, cancellationToken))?.Value;
        if (current is not { Links: true })
        {
            var stated = DatasetLinks.For(dataset, snapshot.WithLinks(CatalogueLinks.Empty.WithSuggestions([])), int.MaxValue).Any(r => !r.Suggested && Same(r.UseCase.Id, useCase.Id));
            var message = stated
                ? CatalogueLinkTexts.StatedInRecord.In(language, CatalogueWords.Cite(dataset.Name, dataset.Id))
                : CatalogueLinkTexts.NotLinked.In(language, CatalogueWords.Cite(useCase.Name, useCase.Id), CatalogueWords.Cite(dataset.Name, dataset.Id));
            await Respond(turn, message, replace, cancellationToken);
            return;
        }
        if (SuggestionScore(snapshot, dataset, useCase.Id) is { } score)
        {
            var user = await turn.GetUserAsync(cancellationToken);
            var rejection = new LinkDecision(dataset.Id, useCase.Id, LinkState.Rejected, current.Role, user.UserKey, Name(turn, user), time.GetUtcNow()) { SuggestionScore = score };
            book.Decided((await store.DecideAsync(rejection, _ => true, cancellationToken)).Current);
        }
        else
        {
            await store.RemoveDecisionAsync(dataset.Id, useCase.Id, cancellationToken);
            book.Removed(dataset.Id, useCase.Id);
        }
        await ShowAsync(turn, LinkCards.Unlinked(useCase, dataset, language), replace, cancellationToken);
    }

    private async Task ReviewAsync(ITurnContext turn, LinkPairData data, LinkState state, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var snapshot = await catalogue.SnapshotAsync(cancellationToken);
        if (snapshot.FindUseCase(data.UseCaseId) is not { } useCase || snapshot.FindDataset(data.DatasetId) is not { } dataset)
        {
            await turn.RespondWithMessageAsync(CatalogueLinkTexts.RecordGone.In(language), cancellationToken);
            return;
        }
        var user = await turn.GetUserAsync(cancellationToken);
        var decision = new LinkDecision(dataset.Id, useCase.Id, state, data.Role, user.UserKey, Name(turn, user), time.GetUtcNow())
        {
            SuggestionScore = SuggestionScore(snapshot, dataset, useCase.Id),
        };
        // A click on a suggestion someone already decided does not overturn their decision: the card shows it.
        var written = await store.DecideAsync(decision, _ => false, cancellationToken);
        book.Decided(written.Current);
        var pair = LinkWords.Sentence(useCase, dataset, written.Current.Role, language);
        var notice = written.Outcome == DecisionOutcome.AlreadyDecided && written.Current.By != user.UserKey
            ? (written.Current.Links ? CatalogueLinkTexts.AlreadyConfirmed : CatalogueLinkTexts.AlreadyRejected)
                .In(language, written.Current.ByName.Length > 0 ? written.Current.ByName : written.Current.By, LinkWords.Date(written.Current.At))
            : (written.Current.Links ? CatalogueLinkTexts.Confirmed : CatalogueLinkTexts.Rejected).In(language, pair.TrimEnd('.'));
        var card = await records.BuildAsync(turn, data.View ?? RecordRef.Dataset(dataset.Id), data.Question, notice, cancellationToken);
        if (card is null) await turn.RespondWithMessageAsync(CatalogueLinkTexts.RecordGone.In(language), cancellationToken);
        else await turn.ReplaceCardAsync(card, cancellationToken);
    }

    private static AdaptiveCards.AdaptiveCard ChoiceCard(LinkResolution resolution, bool unlink, CatalogueSnapshot snapshot, Domain.Language language)
    {
        var useCase = resolution.UseCase!;
        var dataset = resolution.Dataset!;
        // The use case is chosen first; the dataset's text rides along and is resolved (or offered) next.
        if (!useCase.IsResolved)
        {
            var other = dataset.IsResolved && snapshot.FindDataset(dataset.Id) is { } d ? CatalogueWords.Cite(d.Name, d.Id) : LinkWords.Quote(dataset.Text, language);
            return LinkCards.Choose(useCase, other,
                id => new LinkChoiceData(id, useCase.Text, dataset.IsResolved ? dataset.Id : null, dataset.Text, resolution.Role, unlink), snapshot, language);
        }
        var chosen = snapshot.FindUseCase(useCase.Id)!;
        return LinkCards.Choose(dataset, CatalogueWords.Cite(chosen.Name, chosen.Id),
            id => new LinkChoiceData(chosen.Id, useCase.Text, id, dataset.Text, resolution.Role, unlink), snapshot, language);
    }

    private LinkResolver Resolver(CatalogueSnapshot snapshot) =>
        new(snapshot, catalogue.RecordSearch());

    /// <summary>An id a card sent, checked against the catalogue: resolved, or null when the record is gone.</summary>
    private static RecordMatch? Known(CatalogueSnapshot snapshot, CatalogueKind kind, string id)
    {
        var found = kind == CatalogueKind.UseCases ? snapshot.FindUseCase(id)?.Id : snapshot.FindDataset(id)?.Id;
        return found is null ? null : RecordMatch.One(kind, id, found);
    }

    private static double? SuggestionScore(CatalogueSnapshot snapshot, CatalogueDataset dataset, string useCaseId) =>
        (snapshot.Links.SuggestionsForDataset(dataset.Id) ?? snapshot.Suggester.Suggest(dataset))
            .FirstOrDefault(s => Same(s.UseCaseId, useCaseId))?.Score;

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Name(ITurnContext turn, Identity.UserAccess user) => user.DisplayName ?? turn.Activity.From?.Name ?? "";

    private static Task Respond(ITurnContext turn, string text, bool replace, CancellationToken cancellationToken) =>
        replace ? turn.RespondWithMessageAsync(text, cancellationToken) : turn.SendTextAsync(text, cancellationToken);

    private static Task ShowAsync(ITurnContext turn, AdaptiveCards.AdaptiveCard card, bool replace, CancellationToken cancellationToken) =>
        replace ? turn.ReplaceCardAsync(card, cancellationToken) : turn.SendCardAsync(card, cancellationToken);
}
