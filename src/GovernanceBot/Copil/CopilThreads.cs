using GovernanceBot.AdaptiveCards;
using GovernanceBot.BotFramework.Proactive;
using GovernanceBot.Copil.Cards;
using GovernanceBot.Delivery;
using GovernanceBot.Delivery.Channels;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.Delivery;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.UseCases;

namespace GovernanceBot.Copil;

/// <summary>
/// A session's thread in every Copil channel: the agenda card as its first post, one decision card per case
/// awaiting a decision as replies, and later the decisions digest. Replies go out once the first post exists
/// (the outbox tells <see cref="CopilThreadListener"/>), and <see cref="ReconcileAsync"/> catches up any reply a
/// missed call left out. Every enqueue uses a deterministic occurrence and recipient, so repeating one adds nothing.
/// </summary>
public sealed class CopilThreads(
    CopilSessionStore sessions,
    CopilAgendas agendas,
    UseCaseStore useCases,
    DeliveryAddressBook addresses,
    IOutbox outbox,
    OutboxStore outboxStore,
    SentPosts sentPosts,
    TimeProvider clock,
    ILogger<CopilThreads> logger)
{
    /// <summary>Posted sessions this recent are checked for missing replies.</summary>
    public static readonly TimeSpan ReconcileWindow = TimeSpan.FromDays(45);

    public static string RepliesOccurrence(CopilSession session) => "copil-decisions:" + session.Key;

    public static string ReplyRecipient(string threadRecipient, Guid useCase) => $"{threadRecipient}|{useCase:N}";

    /// <summary>
    /// The agenda of the session on <paramref name="date"/> as first posts, one per registered Copil channel, under
    /// <paramref name="occurrenceId"/>. The first call freezes the decision cards and marks the session posted; a
    /// replay of the same occurrence prepares the same posts; another occurrence for a session already posted
    /// prepares none, so a session's agenda goes out once. Nothing is marked when no Copil channel is registered.
    /// </summary>
    public async Task<IReadOnlyList<OutboxMessage>> PrepareAgendaAsync(DateOnly date, DateTimeOffset at, CopilCadence cadence, DateTimeOffset? previous,
        string occurrenceId, Language language, bool late, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var (session, etag) = await sessions.GetOrAddSessionAsync(date, at, cadence, cancellationToken);
            if (session.IsPosted && session.AgendaOccurrenceId != occurrenceId) return [];
            var agenda = await agendas.BuildAsync(session, previous, cancellationToken);
            var card = AgendaCard.Build(agenda.Agenda, agenda.DecisionsSince, language, posted: true, late: late);
            var messages = await addresses.ToPurposeAsync(ChannelPurposes.Copil, Content(card, CopilTexts.AgendaPostedTitle.In(language)), cancellationToken);
            if (messages.Count == 0) return [];
            if (session.IsPosted) return messages;

            var posted = session.Posted(occurrenceId, clock.GetUtcNow(), [.. agenda.Agenda.AwaitingDecision.Select(r => r.UseCase.Id)], language);
            // Slots and the occurrence link first: a slot without a posted session is harmless, a posted session without its slots is not.
            await sessions.AddSlotsAsync(posted, posted.Decisions, cancellationToken);
            await sessions.LinkAgendaAsync(occurrenceId, date, cancellationToken);
            if (await sessions.TryReplaceSessionAsync(posted, etag, cancellationToken)) return messages;
        }
        throw new InvalidOperationException($"The Copil session {CopilSession.KeyOf(date)} kept changing while its agenda was prepared.");
    }

    /// <summary>Enqueues the decision cards under a first post of a session's agenda (a no-op for any other post).</summary>
    public async Task<int> OnAgendaPostedAsync(SentPost post, CancellationToken cancellationToken)
    {
        if (await sessions.SessionOfAgendaAsync(post.OccurrenceId, cancellationToken) is not { } date) return 0;
        if (await sessions.GetSessionAsync(date, cancellationToken) is not { Session: { IsPosted: true } session }) return 0;
        return await EnqueueRepliesAsync(session, [post], cancellationToken);
    }

    /// <summary>Enqueues every decision card missing under the recently posted sessions' first posts; returns how many were added.</summary>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        var added = 0;
        var since = clock.GetUtcNow() - ReconcileWindow;
        foreach (var session in await sessions.ListSessionsAsync(cancellationToken))
        {
            if (!session.IsPosted || session.PostedAt < since || session.Decisions.Count == 0) continue;
            var posts = await sentPosts.ListAsync(session.AgendaOccurrenceId!, cancellationToken);
            if (posts.Count == 0) continue;
            var queued = (await outboxStore.ListItemsAsync(RepliesOccurrence(session), cancellationToken)).Select(i => i.Item.RecipientKey).ToHashSet(StringComparer.Ordinal);
            var missing = posts.Where(p => session.Decisions.Any(d => !queued.Contains(ReplyRecipient(p.RecipientKey, d)))).ToList();
            if (missing.Count == 0) continue;
            var caught = await EnqueueRepliesAsync(session, missing, cancellationToken);
            if (caught > 0) logger.LogInformation("Caught up {Count} decision cards of Copil session {Session}", caught, session.Key);
            added += caught;
        }
        return added;
    }

    /// <summary>The decision card of a session's use case, as it stands now.</summary>
    public async Task<DecisionView?> ViewAsync(CopilSession session, Guid useCaseId, CancellationToken cancellationToken)
    {
        var stored = await useCases.GetAsync(useCaseId, cancellationToken);
        if (stored is null) return null;
        var slot = await sessions.GetSlotAsync(session.Date, useCaseId, cancellationToken);
        var position = session.Decisions.ToList().IndexOf(useCaseId) + 1;
        var score = await agendas.ScoreAsync(stored.UseCase, cancellationToken);
        return new DecisionView(stored.UseCase, session.Date, position < 1 ? session.Decisions.Count + 1 : position, score, slot?.Slot.Decision);
    }

    /// <summary>Edits every posted copy of a case's decision card in place; returns how many were edited.</summary>
    public async Task<int> UpdateDecisionCardsAsync(CopilSession session, DecisionView view, CancellationToken cancellationToken)
    {
        var card = DecisionCard.Build(view, session.Language);
        var suffix = "|" + view.UseCase.Id.ToString("N");
        var edited = 0;
        foreach (var post in await sentPosts.ListAsync(RepliesOccurrence(session), cancellationToken))
        {
            if (!post.RecipientKey.EndsWith(suffix, StringComparison.Ordinal)) continue;
            if (await sentPosts.TryUpdateAsync(post, new OutgoingMessage(null, card.ToJson(), view.UseCase.Title), cancellationToken)) edited++;
        }
        return edited;
    }

    /// <summary>The decisions digest as a reply in each thread of the session's agenda; none when the agenda was never posted.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> DigestRepliesAsync(CopilSession session, CancellationToken cancellationToken)
    {
        if (!session.IsPosted) return [];
        var posts = await sentPosts.ListAsync(session.AgendaOccurrenceId!, cancellationToken);
        if (posts.Count == 0) return [];
        var card = await DigestCardAsync(session, cancellationToken);
        var content = Content(card, CopilTexts.DigestTitle.In(session.Language, CopilWording.Date(session.Date, session.Language)));
        return [.. posts.Select(post => DeliveryAddressBook.ToThread(post.RecipientKey, post, content))];
    }

    /// <summary>How many of the session's cards are decided, so an on-demand digest is posted again only when that changed.</summary>
    public async Task<int> DecidedCountAsync(CopilSession session, CancellationToken cancellationToken) =>
        (await sessions.ListSlotsAsync(session.Date, cancellationToken)).Count(s => s.IsDecided);

    private async Task<AdaptiveCard> DigestCardAsync(CopilSession session, CancellationToken cancellationToken)
    {
        var slots = await sessions.ListSlotsAsync(session.Date, cancellationToken);
        var cases = new Dictionary<Guid, UseCase>();
        foreach (var id in session.Decisions)
            if (await useCases.GetAsync(id, cancellationToken) is { } stored) cases[id] = stored.UseCase;
        var decided = slots.Where(s => s.IsDecided).Select(s => s.UseCaseId).ToHashSet();
        var undecided = session.Decisions.Where(id => !decided.Contains(id) && cases.ContainsKey(id)).Select(id => cases[id]).ToList();
        return DigestCard.Build(session.Date, DecisionDigest.Order(slots), undecided, cases, session.Language);
    }

    private async Task<int> EnqueueRepliesAsync(CopilSession session, IReadOnlyList<SentPost> threads, CancellationToken cancellationToken)
    {
        var cards = new List<(Guid Id, string Json, string Title)>();
        foreach (var id in session.Decisions)
        {
            if (await ViewAsync(session, id, cancellationToken) is not { } view) continue;
            cards.Add((id, DecisionCard.Build(view, session.Language).ToString(), view.UseCase.Title));
        }
        var messages = threads.SelectMany(thread => cards.Select(card =>
            DeliveryAddressBook.ToThread(ReplyRecipient(thread.RecipientKey, card.Id), thread, new OutboxContent(null, card.Json, card.Title)))).ToList();
        if (messages.Count == 0) return 0;
        var plan = await sessions.GetPlanAsync(cancellationToken);
        var occurrence = new OutboxOccurrence(RepliesOccurrence(session), CopilTexts.DecisionsOccurrence.In(session.Language, CopilWording.Date(session.Date, session.Language)),
            null, "copil-decisions", plan?.PlannedBy, session.Language, clock.GetUtcNow(), null, false);
        return await outbox.EnqueueAsync(occurrence, messages, cancellationToken);
    }

    private static OutboxContent Content(AdaptiveCard card, string summary) => new(null, card.ToString(), summary);
}
