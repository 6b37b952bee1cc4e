using GovernanceBot.Delivery;
using GovernanceBot.Delivery.Channels;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Delivery.Schedules;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Delivery;
using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Identity;
using GovernanceBot.Newsletter.Cards;
using GovernanceBot.Storage;

namespace GovernanceBot.Newsletter;

/// <summary>
/// The job type "newsletter": when an approved issue's time comes, marks it sent (archived) and hands its first
/// post to every chosen channel still registered for the newsletter. Nothing goes out unless the issue is
/// approved word for word and the run is for the very time it was scheduled for ("run schedule" cannot send it
/// early). If the process dies after the issue was marked sent, the replayed run rebuilds the same messages and
/// the outbox adds none twice.
/// </summary>
public sealed class NewsletterJobHandler(NewsletterStore store, DeliveryAddressBook addresses, TimeProvider clock, ILogger<NewsletterJobHandler> logger) : IScheduledJobHandler
{
    public const string Type = "newsletter";

    public string JobType => Type;
    public LocalizedText Name => NewsletterTexts.JobName.Localized;
    public Role OwnerRole => Role.Comms;

    public async Task<IReadOnlyList<OutboxMessage>> PrepareAsync(JobRun run, CancellationToken cancellationToken)
    {
        if (Quarter.TryParse(run.Job.Text) is not { } quarter || await store.GetAsync(quarter, cancellationToken) is not { } stored) return [];
        var issue = stored.Issue;
        if (issue.Schedule is not { } schedule || schedule.At != run.Due.ScheduledFor)
        {
            logger.LogInformation("Newsletter {Quarter}: run for {ScheduledFor} does not match its schedule; nothing sent", quarter, run.Due.ScheduledFor);
            return [];
        }
        if (issue.SentAt is null)
        {
            if (!issue.IsDue(clock.GetUtcNow()))
            {
                logger.LogWarning("Newsletter {Quarter} is not approved as it stands; nothing sent", quarter);
                return [];
            }
            // A colleague's edit in the same instant makes this write fail: the run is tried again and sees the edit.
            issue = (await store.ReplaceAsync(issue.MarkSent(clock.GetUtcNow()), stored.ETag, cancellationToken)).Issue;
        }
        return await FirstPostsAsync(issue, cancellationToken);
    }

    private async Task<IReadOnlyList<OutboxMessage>> FirstPostsAsync(NewsletterIssue issue, CancellationToken cancellationToken)
    {
        var first = NewsletterPost.Parts(issue)[0];
        var content = new OutboxContent(null, first.ToString(), NewsletterPost.Summary(issue));
        var chosen = issue.Schedule!.ChannelIds.ToHashSet(StringComparer.Ordinal);
        return [.. (await addresses.ToPurposeAsync(ChannelPurposes.Newsletter, content, cancellationToken)).Where(m => chosen.Contains(m.RecipientKey))];
    }
}
