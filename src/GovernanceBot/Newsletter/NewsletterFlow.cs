using System.Globalization;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Identity;
using GovernanceBot.Modules;
using GovernanceBot.Newsletter.Cards;
using GovernanceBot.Newsletter.Polish;
using GovernanceBot.Storage;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Newsletter;

/// <summary>
/// The newsletter editor: "newsletter" opens this quarter's issue (composing the first draft from the store's
/// facts), and every button on its one card changes the issue through the domain's rules, written against the
/// ETag it was read at, then redraws the card in place with what happened. Roles are checked here from the
/// caller's stored identity, never from the card.
/// </summary>
internal sealed class NewsletterFlow(
    NewsletterStore store,
    NewsletterFactsReader facts,
    SectionPolisher polisher,
    PolishProposalStore proposals,
    NewsletterDelivery delivery,
    IOptions<NewsletterOptions> options,
    TimeProvider clock)
{
    private string TimeZoneId => options.Value.TimeZone;

    public async Task StartAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var actor = await ActorAsync(turn, cancellationToken);
        var now = clock.GetUtcNow();
        var quarter = Quarter.Of(Today(now));
        var stored = await store.GetAsync(quarter, cancellationToken);
        EditorNotice? notice = null;
        if (stored is null)
        {
            var sections = NewsletterComposer.Compose(await facts.ReadAsync(quarter, Today(now), cancellationToken), NewsletterTexts.Wording(language));
            var issue = NewsletterIssue.Start(quarter, language, sections, Math.Clamp(options.Value.RequiredApprovals, 1, 2), actor, now);
            try
            {
                stored = await store.AddAsync(issue, cancellationToken);
                notice = new EditorNotice(NewsletterTexts.Composed.In(language, sections.Count));
            }
            catch (EntityAlreadyExistsException)
            {
                // A colleague started it in the same instant: theirs is the draft.
                stored = await store.GetAsync(quarter, cancellationToken) ?? throw new InvalidOperationException("The issue vanished after a conflict.");
            }
        }
        else
        {
            // Repairs a schedule whose job was deleted by hand ("supprimer planification").
            await delivery.SyncAsync(stored.Issue, cancellationToken);
            notice = new EditorNotice(stored.Issue.SentAt is null ? NewsletterTexts.Resumed.In(language) : NewsletterTexts.AlreadySentThisQuarter.In(language), ContainerStyle.Emphasis);
        }
        await turn.SendCardAsync(EditorCard.Build(View(stored.Issue, language) with { Notice = notice }), cancellationToken, NewsletterPost.Summary(stored.Issue));
    }

    public Task OpenAsync(ITurnContext turn, NewsletterActionData data, CancellationToken cancellationToken) =>
        ShowAsync(turn, data, view => view, cancellationToken);

    public Task EditSectionAsync(ITurnContext turn, NewsletterActionData data, CancellationToken cancellationToken) =>
        ShowAsync(turn, data, view => view with { Mode = EditorMode.EditSection, SectionId = data.SectionId }, cancellationToken);

    public Task NewSectionAsync(ITurnContext turn, NewsletterActionData data, CancellationToken cancellationToken) =>
        ShowAsync(turn, data, view => view with { Mode = EditorMode.NewSection }, cancellationToken);

    public async Task ScheduleFormAsync(ITurnContext turn, NewsletterActionData data, CancellationToken cancellationToken)
    {
        var channels = await delivery.ChannelsAsync(cancellationToken);
        await ShowAsync(turn, data, view => view with { Mode = EditorMode.Schedule, Channels = channels }, cancellationToken);
    }

    public Task SaveSectionAsync(ITurnContext turn, NewsletterActionData data, CancellationToken cancellationToken) =>
        ChangeAsync(turn, data, (issue, actor, now) => issue.EditSection(actor, data.SectionId ?? "", data.Title, data.Body, now), NewsletterTexts.Saved,
            view => view with { Mode = EditorMode.EditSection, SectionId = data.SectionId }, cancellationToken);

    public Task MoveUpAsync(ITurnContext turn, NewsletterActionData data, CancellationToken cancellationToken) =>
        ChangeAsync(turn, data, (issue, actor, now) => issue.MoveSection(actor, data.SectionId ?? "", -1, now), NewsletterTexts.Moved, null, cancellationToken);

    public Task MoveDownAsync(ITurnContext turn, NewsletterActionData data, CancellationToken cancellationToken) =>
        ChangeAsync(turn, data, (issue, actor, now) => issue.MoveSection(actor, data.SectionId ?? "", 1, now), NewsletterTexts.Moved, null, cancellationToken);

    public Task RemoveSectionAsync(ITurnContext turn, NewsletterActionData data, CancellationToken cancellationToken) =>
        ChangeAsync(turn, data, (issue, actor, now) => issue.RemoveSection(actor, data.SectionId ?? "", now), NewsletterTexts.Removed, null, cancellationToken);

    public Task AddSectionAsync(ITurnContext turn, NewsletterActionData data, CancellationToken cancellationToken) =>
        ChangeAsync(turn, data, (issue, actor, now) => issue.AddSection(actor, "custom-" + Guid.NewGuid().ToString("N")[..8], data.Title, data.Body, now), NewsletterTexts.Added,
            view => view with { Mode = EditorMode.NewSection }, cancellationToken);

    public Task ApproveAsync(ITurnContext turn, NewsletterActionData data, CancellationToken cancellationToken) =>
        ChangeAsync(turn, data, (issue, actor, now) => issue.Approve(actor, now), NewsletterTexts.Approved, null, cancellationToken);

    public Task CancelScheduleAsync(ITurnContext turn, NewsletterActionData data, CancellationToken cancellationToken) =>
        ChangeAsync(turn, data, (issue, actor, now) => issue.CancelSchedule(actor, now), NewsletterTexts.ScheduleCancelled, null, cancellationToken);

    public async Task ScheduleAsync(ITurnContext turn, NewsletterActionData data, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var channels = await delivery.ChannelsAsync(cancellationToken);
        var registered = channels.Select(c => c.TeamsChannelId).ToHashSet(StringComparer.Ordinal);
        if (LocalInstant(data.Date, data.Time) is not { } at)
        {
            await ShowAsync(turn, data, view => view with { Mode = EditorMode.Schedule, Channels = channels, Notice = new EditorNotice(NewsletterTexts.TimeUnreadable.In(language), ContainerStyle.Attention) }, cancellationToken);
            return;
        }
        // Only channels registered for the newsletter now: a forged or stale channel id is dropped, not posted to.
        var chosen = data.Channels.Where(registered.Contains).ToList();
        await ChangeAsync(turn, data, (issue, actor, now) => issue.ScheduleFor(actor, at, TimeZoneId, chosen, now), NewsletterTexts.Scheduled,
            view => view with { Mode = EditorMode.Schedule, Channels = channels }, cancellationToken);
    }

    public async Task PolishAsync(ITurnContext turn, NewsletterActionData data, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        if (await CurrentAsync(turn, data, cancellationToken) is not { } stored) return;
        var issue = stored.Issue;
        var section = issue.Sections.FirstOrDefault(s => s.Id == data.SectionId);
        if (section is null)
        {
            await RedrawAsync(turn, issue, new EditorNotice(NewsletterWords.Refusal(NewsletterRefusal.UnknownSection, language), ContainerStyle.Attention), cancellationToken);
            return;
        }
        var result = await polisher.PolishAsync(section, issue.Language, cancellationToken);
        if (result is { Status: PolishStatus.Proposed, Rewrite: { } rewrite } && rewrite != section.Body)
            await proposals.SaveAsync(issue.Quarter, section.Id, issue.Revision, rewrite, cancellationToken);
        else
            await proposals.DeleteAsync(issue.Quarter, section.Id, cancellationToken);
        var view = View(issue, language);
        view = result.Status switch
        {
            PolishStatus.Proposed when result.Rewrite == section.Body => view with { Notice = new EditorNotice(NewsletterTexts.PolishNoChange.In(language), ContainerStyle.Emphasis) },
            PolishStatus.Proposed => view with { Mode = EditorMode.Polish, SectionId = section.Id, Proposal = new PolishProposal(section.Id, section.Body, result.Rewrite!) },
            PolishStatus.FactsChanged => view with { Notice = new EditorNotice(NewsletterWords.FactsChanged(result.Check!, language), ContainerStyle.Attention) },
            PolishStatus.Unavailable => view with { Notice = new EditorNotice(NewsletterTexts.PolishUnavailable.In(language), ContainerStyle.Warning) },
            PolishStatus.TimedOut => view with { Notice = new EditorNotice(NewsletterTexts.PolishTimedOut.In(language, options.Value.PolishTimeoutSeconds), ContainerStyle.Warning) },
            _ => view with { Notice = new EditorNotice(NewsletterTexts.PolishFailed.In(language), ContainerStyle.Warning) },
        };
        await turn.ReplaceCardAsync(EditorCard.Build(view), cancellationToken);
    }

    /// <summary>
    /// Takes the rewrite kept on the server for this section and revision (the card only names them), checked for
    /// facts once more by the domain. The revision check guarantees the section still reads as it did when polished.
    /// </summary>
    public async Task AcceptPolishAsync(ITurnContext turn, NewsletterActionData data, CancellationToken cancellationToken)
    {
        var sectionId = data.SectionId ?? "";
        var rewrite = await proposals.FindAsync(data.Quarter, sectionId, data.Revision, cancellationToken);
        if (rewrite is null)
        {
            if (await CurrentAsync(turn, data, cancellationToken) is { } stored)
                await RedrawAsync(turn, stored.Issue, new EditorNotice(NewsletterTexts.PolishGone.In(turn.Language()), ContainerStyle.Attention), cancellationToken);
            return;
        }
        await ChangeAsync(turn, data, (issue, actor, now) => issue.AcceptPolish(actor, sectionId, issue.Section(sectionId).Body, rewrite, now),
            NewsletterTexts.PolishAccepted, null, cancellationToken);
        await proposals.DeleteAsync(data.Quarter, sectionId, cancellationToken);
    }

    /// <summary>Sends the exact post(s) the channels will get below the editor, which stays as it was with a note.</summary>
    public async Task PreviewAsync(ITurnContext turn, NewsletterActionData data, CancellationToken cancellationToken)
    {
        if (await CurrentAsync(turn, data, cancellationToken) is not { } stored) return;
        var parts = NewsletterPost.Parts(stored.Issue);
        foreach (var part in parts) await turn.SendCardAsync(part, cancellationToken, NewsletterPost.Summary(stored.Issue));
        await RedrawAsync(turn, stored.Issue, new EditorNotice(NewsletterTexts.PreviewSent.In(turn.Language(), parts.Count), ContainerStyle.Emphasis), cancellationToken);
    }

    private async Task ShowAsync(ITurnContext turn, NewsletterActionData data, Func<EditorView, EditorView> shape, CancellationToken cancellationToken)
    {
        if (await CurrentAsync(turn, data, cancellationToken) is not { } stored) return;
        await turn.ReplaceCardAsync(EditorCard.Build(shape(View(stored.Issue, turn.Language()))), cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the issue the card was drawn from and stores it; a refusal, a stale card
    /// or a colleague's write in between redraws the card as it now stands with the reason, and nothing is lost.
    /// </summary>
    private async Task ChangeAsync(ITurnContext turn, NewsletterActionData data, Func<NewsletterIssue, NewsletterActor, DateTimeOffset, NewsletterIssue> change,
        Localization.TextRef done, Func<EditorView, EditorView>? onRefusal, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        if (await CurrentAsync(turn, data, cancellationToken) is not { } stored) return;
        var actor = await ActorAsync(turn, cancellationToken);
        NewsletterIssue changed;
        try
        {
            changed = change(stored.Issue, actor, clock.GetUtcNow());
        }
        catch (NewsletterRefusedException refused)
        {
            var view = View(stored.Issue, language) with { Notice = new EditorNotice(NewsletterWords.Refusal(refused.Reason, language), ContainerStyle.Attention) };
            await turn.ReplaceCardAsync(EditorCard.Build(onRefusal?.Invoke(view) ?? view), cancellationToken);
            return;
        }
        catch (PolishRefusedException refused)
        {
            await RedrawAsync(turn, stored.Issue, new EditorNotice(NewsletterWords.FactsChanged(refused.Check, language), ContainerStyle.Attention), cancellationToken);
            return;
        }
        if (ReferenceEquals(changed, stored.Issue))
        {
            await RedrawAsync(turn, stored.Issue, new EditorNotice(NewsletterTexts.NothingChanged.In(language), ContainerStyle.Emphasis), cancellationToken);
            return;
        }
        var before = stored.Issue;
        try
        {
            stored = await store.ReplaceAsync(changed, stored.ETag, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            var current = await store.GetAsync(data.Quarter, cancellationToken);
            await RedrawAsync(turn, current?.Issue ?? stored.Issue, new EditorNotice(NewsletterTexts.RefusedStale.In(language), ContainerStyle.Attention), cancellationToken);
            return;
        }
        await delivery.SyncAsync(stored.Issue, cancellationToken);
        var text = done.In(language);
        // Editing after approval needs approving again: say so, so nobody believes the old approval still holds.
        if (changed.ContentVersion != before.ContentVersion && (before.Approvals.Count > 0 || before.Schedule is not null)) text += " " + NewsletterTexts.ApprovalVoided.In(language);
        await RedrawAsync(turn, stored.Issue, new EditorNotice(text), cancellationToken);
    }

    /// <summary>The issue the card names, if the card is current; otherwise the card is redrawn as the issue now stands.</summary>
    private async Task<StoredIssue?> CurrentAsync(ITurnContext turn, NewsletterActionData data, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var stored = await store.GetAsync(data.Quarter, cancellationToken);
        if (stored is null)
        {
            await turn.ReplaceCardAsync(Modules.CommonCards.BadCardData(NewsletterTexts.CardDataInvalid.In(language), language), cancellationToken);
            return null;
        }
        if (stored.Issue.Revision != data.Revision)
        {
            await RedrawAsync(turn, stored.Issue, new EditorNotice(NewsletterTexts.RefusedStale.In(language), ContainerStyle.Attention), cancellationToken);
            return null;
        }
        return stored;
    }

    private Task RedrawAsync(ITurnContext turn, NewsletterIssue issue, EditorNotice notice, CancellationToken cancellationToken) =>
        turn.ReplaceCardAsync(EditorCard.Build(View(issue, turn.Language()) with { Notice = notice }), cancellationToken);

    private EditorView View(NewsletterIssue issue, Language language) => new(issue, language, TimeZoneId);

    private static async Task<NewsletterActor> ActorAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var user = await turn.GetUserAsync(cancellationToken);
        return new NewsletterActor(user.UserKey, user.DisplayName, user.May(Permission.EditNewsletter));
    }

    private DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId)).DateTime);

    /// <summary>"2026-12-15" and "09:00" (or "9h30") read as a wall-clock time in the newsletter's zone.</summary>
    private DateTimeOffset? LocalInstant(string? date, string? time)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return null;
        var clockText = (time ?? "").Trim().ToLowerInvariant().Replace('h', ':');
        if (clockText.EndsWith(':')) clockText += "00";
        if (!TimeOnly.TryParseExact(clockText, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)) return null;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        var local = day.ToDateTime(at);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
