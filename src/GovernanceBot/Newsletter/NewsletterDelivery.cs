using GovernanceBot.Delivery.Channels;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Delivery.Schedules;
using GovernanceBot.Domain.Delivery;
using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Identity;
using GovernanceBot.Newsletter.Cards;

namespace GovernanceBot.Newsletter;

/// <summary>
/// Ties an issue's schedule to delivery. A scheduled issue owns one one-off job ("newsletter-2026-Q4") in the
/// shared scheduler, created, moved or deleted whenever the issue's schedule changes; the job's run goes through
/// the outbox under the occurrence id "newsletter-2026-Q4@&lt;time&gt;", so each channel gets it exactly once even
/// after a restart or on several instances. Also reads an issue's delivery status back from the outbox.
/// </summary>
public sealed class NewsletterDelivery(ScheduleStore schedules, OutboxStore outbox, ChannelStore channels, TimeProvider clock)
{
    public const string JobPrefix = "newsletter-";

    public static string JobId(Quarter quarter) => JobPrefix + quarter;

    /// <summary>The occurrence of the issue's first posts (replies of a split issue add "/part-N").</summary>
    public static string OccurrenceId(Quarter quarter, DateTimeOffset at) => OutboxOccurrence.IdFor(JobId(quarter), at);

    public Task<IReadOnlyList<ChannelRegistration>> ChannelsAsync(CancellationToken cancellationToken) => channels.ListAsync(ChannelPurposes.Newsletter, cancellationToken);

    /// <summary>Makes the scheduler's job match the issue: none unless it is scheduled and not yet sent, else one at its time.</summary>
    public async Task SyncAsync(NewsletterIssue issue, CancellationToken cancellationToken)
    {
        if (issue.SentAt is not null) return;
        var id = JobId(issue.Quarter);
        var existing = await schedules.GetAsync(id, cancellationToken);
        if (issue.Schedule is not { } schedule)
        {
            if (existing is not null) await schedules.DeleteAsync(id, cancellationToken);
            return;
        }
        if (existing is { Job: var job } && job.Schedule.OnceAt == schedule.At && job.NextDueAt == schedule.At) return;
        if (existing is not null) await schedules.DeleteAsync(id, cancellationToken);
        var approver = issue.Approvals.LastOrDefault()?.UserKey ?? issue.StartedBy;
        await schedules.AddAsync(new ScheduledJob(
            id, NewsletterJobHandler.Type, NewsletterPost.Summary(issue), JobSchedule.Once(schedule.At, schedule.TimeZoneId),
            NewsletterWords.Time(schedule.At, schedule.TimeZoneId, issue.Language), ChannelPurposes.Newsletter, issue.Quarter.ToString(),
            Role.Comms, approver, issue.Language, Paused: false, NextDueAt: schedule.At, LastRunAt: null, LastScheduledFor: null,
            LastRunLate: false, LastMissedSlots: 0, CreatedAt: clock.GetUtcNow()), cancellationToken);
    }

    /// <summary>How the first posts of a sent (or sending) issue fared, per channel: queued, sent, failed.</summary>
    public async Task<DeliveryTally?> TallyAsync(NewsletterIssue issue, CancellationToken cancellationToken)
    {
        if (issue.Schedule is not { } schedule || issue.SentAt is null) return null;
        return DeliveryTally.Of((await outbox.ListItemsAsync(OccurrenceId(issue.Quarter, schedule.At), cancellationToken)).Select(s => s.Item));
    }
}
