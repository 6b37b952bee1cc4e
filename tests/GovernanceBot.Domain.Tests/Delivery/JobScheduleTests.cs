using GovernanceBot.Domain.Delivery;

namespace GovernanceBot.Domain.Tests.Delivery;

/// <summary>Cron schedules keep their local time across the Europe/Paris daylight-saving changes.</summary>
public sealed class JobScheduleTests
{
    private static DateTimeOffset Utc(int y, int mo, int d, int h, int mi = 0) => new(y, mo, d, h, mi, 0, TimeSpan.Zero);

    [Fact]
    public void Nine_o_clock_in_Paris_stays_nine_o_clock_across_the_March_change()
    {
        var daily = JobSchedule.Recurring("0 9 * * *");

        var saturday = daily.NextAfter(Utc(2026, 3, 27, 12))!.Value;
        var sunday = daily.NextAfter(saturday)!.Value;

        Assert.Equal(Utc(2026, 3, 28, 8), saturday);   // UTC+1 before the last Sunday of March
        Assert.Equal(Utc(2026, 3, 29, 7), sunday);     // UTC+2 from that Sunday on
        Assert.Equal(9, daily.ToLocal(sunday).Hour);
    }

    [Fact]
    public void Nine_o_clock_in_Paris_stays_nine_o_clock_across_the_October_change()
    {
        var daily = JobSchedule.Recurring("0 9 * * *", "Europe/Paris");

        var saturday = daily.NextAfter(Utc(2026, 10, 23, 12))!.Value;
        var sunday = daily.NextAfter(saturday)!.Value;

        Assert.Equal(Utc(2026, 10, 24, 7), saturday);
        Assert.Equal(Utc(2026, 10, 25, 8), sunday);
    }

    [Fact]
    public void A_time_skipped_by_the_spring_change_runs_once_at_the_first_valid_minute()
    {
        var daily = JobSchedule.Recurring("30 2 * * *");

        var run = daily.NextAfter(Utc(2026, 3, 28, 12))!.Value;

        Assert.Equal(Utc(2026, 3, 29, 1), run);          // 03:00 local, the first minute after the gap
        Assert.Equal(Utc(2026, 3, 30, 0, 30), daily.NextAfter(run));
    }

    [Fact]
    public void A_time_repeated_by_the_autumn_change_runs_once()
    {
        var daily = JobSchedule.Recurring("30 2 * * *");

        var run = daily.NextAfter(Utc(2026, 10, 24, 12))!.Value;
        var next = daily.NextAfter(run)!.Value;

        Assert.Equal(Utc(2026, 10, 25, 0, 30), run);     // the first 02:30, still UTC+2
        Assert.Equal(Utc(2026, 10, 26, 1, 30), next);    // not again at the second 02:30 an hour later
    }

    [Fact]
    public void The_first_Tuesday_of_the_month_is_found_in_the_zone()
    {
        var copil = JobSchedule.Recurring("0 9 * * 2#1");

        Assert.Equal(Utc(2027, 1, 5, 8), copil.NextAfter(Utc(2026, 12, 2, 0)));
    }

    [Fact]
    public void A_one_off_job_runs_at_its_instant_and_never_after()
    {
        var once = JobSchedule.Once(Utc(2026, 12, 15, 8));

        Assert.Equal(Utc(2026, 12, 15, 8), once.NextAfter(Utc(2026, 12, 1, 0)));
        Assert.Null(once.NextAfter(Utc(2026, 12, 15, 8)));
        Assert.False(once.IsRecurring);
    }

    [Theory]
    [InlineData("0 9 * *")]
    [InlineData("61 9 * * *")]
    [InlineData("tous les jours")]
    public void A_bad_cron_expression_is_refused_with_what_was_expected(string cron)
    {
        var error = Assert.Throws<ScheduleException>(() => JobSchedule.Recurring(cron));

        Assert.Contains("cron", error.Message);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused()
    {
        var error = Assert.Throws<ScheduleException>(() => JobSchedule.Recurring("0 9 * * *", "Europe/Atlantis"));

        Assert.Contains("Europe/Atlantis", error.Message);
    }
}
