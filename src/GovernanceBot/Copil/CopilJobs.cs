using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Delivery.Schedules;
using GovernanceBot.Domain;
using GovernanceBot.Identity;

namespace GovernanceBot.Copil;

/// <summary>
/// The job type "copil-agenda": N days before each session planned with "copil planifier", the agenda goes to
/// every Copil channel as a new thread; its decision cards follow as replies once it is posted. A run for a job
/// that is no longer the plan's (replaced since) prepares nothing.
/// </summary>
public sealed class CopilAgendaJob(CopilSessionStore sessions, CopilThreads threads) : IScheduledJobHandler
{
    public const string Type = "copil-agenda";

    public string JobType => Type;
    public LocalizedText Name => CopilTexts.AgendaJobName.Localized;
    public Role OwnerRole => Role.CentralTeam;

    public async Task<IReadOnlyList<OutboxMessage>> PrepareAsync(JobRun run, CancellationToken cancellationToken)
    {
        if (await sessions.GetPlanAsync(cancellationToken) is not { } plan || plan.AgendaJobId != run.Job.Id) return [];
        var calendar = plan.Calendar;
        if (calendar.SessionAnnouncedAt(run.Due.ScheduledFor) is not { } at) return [];
        var local = calendar.Sessions.ToLocal(at);
        return await threads.PrepareAgendaAsync(DateOnly.FromDateTime(local.DateTime), at, calendar.Cadence, calendar.PreviousSession(at),
            OutboxOccurrence.IdFor(run.Job.Id, run.Due.ScheduledFor), run.Job.Language, run.Due.Late, cancellationToken);
    }
}

/// <summary>The job type "copil-digest": hours after each session, the decisions digest as a reply in the session's agenda threads.</summary>
public sealed class CopilDigestJob(CopilSessionStore sessions, CopilThreads threads) : IScheduledJobHandler
{
    public const string Type = "copil-digest";

    public string JobType => Type;
    public LocalizedText Name => CopilTexts.DigestJobName.Localized;
    public Role OwnerRole => Role.CentralTeam;

    public async Task<IReadOnlyList<OutboxMessage>> PrepareAsync(JobRun run, CancellationToken cancellationToken)
    {
        if (await sessions.GetPlanAsync(cancellationToken) is not { } plan || plan.DigestJobId != run.Job.Id) return [];
        var at = plan.Calendar.SessionDigestedAt(run.Due.ScheduledFor);
        var date = DateOnly.FromDateTime(plan.Calendar.Sessions.ToLocal(at).DateTime);
        return await sessions.GetSessionAsync(date, cancellationToken) is { } found ? await threads.DigestRepliesAsync(found.Session, cancellationToken) : [];
    }
}

/// <summary>Posts a session's decision cards in each agenda thread as soon as the outbox reports the thread's first post.</summary>
public sealed class CopilThreadListener(CopilThreads threads) : IOutboxSendListener
{
    public Task OnSentAsync(SentPost post, CancellationToken cancellationToken) => threads.OnAgendaPostedAsync(post, cancellationToken);
}

/// <summary>
/// Catches up decision cards a missed listener call left out (the process stopped between a first post and its
/// replies): on a timer, every recently posted session's threads are checked against what was enqueued.
/// </summary>
public sealed class CopilThreadKeeper(CopilThreads threads, Microsoft.Extensions.Options.IOptions<Delivery.DeliveryOptions> options, TimeProvider time, ILogger<CopilThreadKeeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await threads.ReconcileAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Copil thread check failed; trying again in {Interval}", options.Value.SchedulerInterval);
            }
            try { await Task.Delay(options.Value.SchedulerInterval, time, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }
}
