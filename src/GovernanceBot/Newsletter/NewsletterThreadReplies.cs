using GovernanceBot.Delivery;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Domain.Delivery;
using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Newsletter.Cards;

namespace GovernanceBot.Newsletter;

/// <summary>
/// Posts the rest of an issue too large for one card as replies in the thread its first post started, one part
/// after the other (part N+1 once part N is posted, so they read in order). Each part has its own occurrence
/// ("…/part-2") with the channel as recipient, so a repeated notice adds nothing.
/// </summary>
public sealed class NewsletterThreadReplies(NewsletterStore store, IOutbox outbox, TimeProvider clock) : IOutboxSendListener
{
    private const string PartMarker = "/part-";

    public async Task OnSentAsync(SentPost post, CancellationToken cancellationToken)
    {
        if (!post.OccurrenceId.StartsWith(NewsletterDelivery.JobPrefix, StringComparison.Ordinal)) return;
        var (first, part) = Split(post.OccurrenceId);
        var at = first.IndexOf('@');
        if (at < 0 || Quarter.TryParse(first[NewsletterDelivery.JobPrefix.Length..at]) is not { } quarter) return;
        if (await store.GetAsync(quarter, cancellationToken) is not { Issue: { SentAt: not null } issue }) return;
        if (issue.Schedule is not { } schedule || NewsletterDelivery.OccurrenceId(quarter, schedule.At) != first) return;

        var parts = NewsletterPost.Parts(issue);
        if (part >= parts.Count) return;
        var next = parts[part];
        var occurrence = new OutboxOccurrence($"{first}{PartMarker}{part + 1}", $"{NewsletterPost.Summary(issue)} ({part + 1}/{parts.Count})",
            NewsletterDelivery.JobId(quarter), NewsletterJobHandler.Type, issue.Approvals.LastOrDefault()?.UserKey ?? issue.StartedBy, issue.Language,
            clock.GetUtcNow(), schedule.At, false);
        var message = DeliveryAddressBook.ToThread(post.RecipientKey, post, new OutboxContent(null, next.ToString(), NewsletterPost.Summary(issue)));
        await outbox.EnqueueAsync(occurrence, [message], cancellationToken);
    }

    /// <summary>"newsletter-2026-Q4@…/part-3" → (the first posts' occurrence, 3); the first posts are part 1.</summary>
    private static (string First, int Part) Split(string occurrenceId)
    {
        var marker = occurrenceId.LastIndexOf(PartMarker, StringComparison.Ordinal);
        return marker >= 0 && int.TryParse(occurrenceId[(marker + PartMarker.Length)..], out var part)
            ? (occurrenceId[..marker], part)
            : (occurrenceId, 1);
    }
}
