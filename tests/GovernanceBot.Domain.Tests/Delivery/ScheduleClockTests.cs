using GovernanceBot.Domain.Delivery;

namespace GovernanceBot.Domain.Tests.Delivery;

public sealed class ScheduleClockTests
{
    private static readonly JobSchedule EveryMonday = JobSchedule.Recurring("0 9 * * 1");
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero); // 09:00 Paris

    [Fact]
    public void A_job_is_not_due_before_its_time()
    {
        Assert.Null(ScheduleClock.Due(EveryMonday, Monday, paused: false, Monday.AddSeconds(-1)));
    }

    [Fact]
    public void A_job_due_now_runs_on_time_and_moves_to_its_next_slot()
    {
        var due = ScheduleClock.Due(EveryMonday, Monday, paused: false, Monday.AddSeconds(20))!;

        Assert.Equal(Monday, due.ScheduledFor);
        Assert.False(due.Late);
        Assert.Equal(0, due.MissedSlots);
        Assert.Equal(Monday.AddDays(7), due.NextDue);
    }

    [Fact]
    public void After_three_weeks_of_downtime_the_job_runs_once_late_for_its_latest_slot()
    {
        var back = Monday.AddDays(14).AddHours(3);

        var due = ScheduleClock.Due(EveryMonday, Monday, paused: false, back)!;

        Assert.Equal(Monday.AddDays(14), due.ScheduledFor);
        Assert.True(due.Late);
        Assert.Equal(2, due.MissedSlots);
        Assert.Equal(Monday.AddDays(21), due.NextDue);
    }

    [Fact]
    public void Once_run_the_job_owes_nothing_until_its_next_slot()
    {
        var back = Monday.AddDays(14).AddHours(3);
        var due = ScheduleClock.Due(EveryMonday, Monday, paused: false, back)!;

        Assert.Null(ScheduleClock.Due(EveryMonday, due.NextDue, paused: false, back.AddMinutes(1)));
    }

    [Fact]
    public void A_paused_job_owes_nothing_and_resumes_at_its_next_slot_without_catching_up()
    {
        var resumedAt = Monday.AddDays(10);

        Assert.Null(ScheduleClock.Due(EveryMonday, Monday, paused: true, resumedAt));
        var restart = ScheduleClock.FirstDue(EveryMonday, resumedAt);
        Assert.Equal(Monday.AddDays(14), restart);
        Assert.Null(ScheduleClock.Due(EveryMonday, restart, paused: false, resumedAt));
    }

    [Fact]
    public void A_one_off_job_missed_during_downtime_runs_once_late_then_is_finished()
    {
        var at = new DateTimeOffset(2026, 12, 15, 8, 0, 0, TimeSpan.Zero);
        var once = JobSchedule.Once(at);

        var due = ScheduleClock.Due(once, at, paused: false, at.AddHours(2))!;

        Assert.Equal(at, due.ScheduledFor);
        Assert.True(due.Late);
        Assert.Null(due.NextDue);
    }

    [Fact]
    public void A_minute_late_run_is_not_called_late()
    {
        var due = ScheduleClock.Due(EveryMonday, Monday, paused: false, Monday.AddMinutes(1))!;

        Assert.False(due.Late);
    }
}
