namespace GovernanceBot.Domain.Delivery;

/// <summary>
/// Decides whether a job owes a run. After downtime the job runs once, for its latest missed slot, and
/// says how many earlier slots it skipped, rather than once per missed slot.
/// </summary>
public static class ScheduleClock
{
    /// <summary>A run this long after its slot is reported as late.</summary>
    public static readonly TimeSpan DefaultLateAfter = TimeSpan.FromMinutes(5);

    // Bounds the walk over missed slots of a very frequent job after a long outage.
    private const int MaxSlotsWalked = 100_000;

    public static DueOccurrence? Due(JobSchedule schedule, DateTimeOffset? nextDue, bool paused, DateTimeOffset now, TimeSpan? lateAfter = null)
    {
        if (paused || nextDue is not { } first || first > now) return null;

        var slot = first;
        var skipped = 0;
        while (skipped < MaxSlotsWalked && schedule.NextAfter(slot) is { } later && later <= now)
        {
            slot = later;
            skipped++;
        }

        var late = now - slot > (lateAfter ?? DefaultLateAfter);
        return new DueOccurrence(slot, late, skipped, schedule.NextAfter(now));
    }

    /// <summary>Where the clock of a job that is created or resumed at <paramref name="now"/> starts: its next slot, never a past one.</summary>
    public static DateTimeOffset? FirstDue(JobSchedule schedule, DateTimeOffset now) =>
        schedule.IsRecurring ? schedule.NextAfter(now) : schedule.OnceAt;
}
