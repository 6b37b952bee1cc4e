using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Domain.Delivery;

namespace GovernanceBot.Delivery.Schedules;

/// <summary>
/// Runs due jobs: asks the job's handler for its messages, puts them in the outbox under the run's
/// occurrence id, then moves the job's clock under its ETag. A crash between the two leaves the clock
/// where it was; the next pass runs the same occurrence again and the outbox adds nothing it already has.
/// </summary>
public sealed class Scheduler(ScheduleStore store, IOutbox outbox, IEnumerable<IScheduledJobHandler> handlers, TimeProvider time, ILogger<Scheduler> logger)
{
    private readonly Dictionary<string, IScheduledJobHandler> _handlers = handlers.ToDictionary(h => h.JobType, StringComparer.Ordinal);

    public IReadOnlyCollection<IScheduledJobHandler> Handlers => _handlers.Values;

    public IScheduledJobHandler? HandlerFor(string jobType) => _handlers.GetValueOrDefault(jobType);

    /// <summary>Runs every job that is due now; returns how many ran.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var ran = 0;
        foreach (var (job, etag) in await store.ListAsync(cancellationToken))
        {
            var now = time.GetUtcNow();
            if (ScheduleClock.Due(job.Schedule, job.NextDueAt, job.Paused, now) is not { } due) continue;
            try
            {
                if (await RunAsync(job, due, cancellationToken))
                {
                    var advanced = job with
                    {
                        NextDueAt = due.NextDue,
                        LastRunAt = now,
                        LastScheduledFor = due.ScheduledFor,
                        LastRunLate = due.Late,
                        LastMissedSlots = due.MissedSlots,
                    };
                    if (await store.TryReplaceAsync(advanced, etag, cancellationToken)) ran++;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One broken job must not stop the others; it is tried again on the next pass.
                logger.LogError(e, "Job {Job} ({Type}) failed to run for {ScheduledFor}", job.Id, job.JobType, due.ScheduledFor);
            }
        }
        return ran;
    }

    /// <summary>Runs a job once now, outside its schedule ("run now"), leaving its clock as it is.</summary>
    public Task<bool> RunNowAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return RunAsync(job, new DueOccurrence(new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, TimeSpan.Zero), false, 0, job.NextDueAt), cancellationToken);
    }

    private async Task<bool> RunAsync(ScheduledJob job, DueOccurrence due, CancellationToken cancellationToken)
    {
        if (HandlerFor(job.JobType) is not { } handler)
        {
            logger.LogWarning("Job {Job} has type {Type}, which no feature handles; it is left as it is", job.Id, job.JobType);
            return false;
        }
        if (due.Late) logger.LogWarning("Job {Job} runs late for {ScheduledFor} ({Missed} earlier slots skipped)", job.Id, due.ScheduledFor, due.MissedSlots);

        var messages = await handler.PrepareAsync(new JobRun(job, due), cancellationToken);
        var occurrence = new OutboxOccurrence(OutboxOccurrence.IdFor(job.Id, due.ScheduledFor), job.Title, job.Id, job.JobType,
            job.CreatedBy, job.Language, time.GetUtcNow(), due.ScheduledFor, due.Late);
        await outbox.EnqueueAsync(occurrence, messages, cancellationToken);
        return true;
    }
}
