using GovernanceBot.Domain.Copil;

namespace GovernanceBot.Domain.Tests.Copil;

public class CopilSessionCalendarTests
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);

    [Fact]
    public void The_agenda_goes_out_the_lead_days_before_each_session_at_its_hour()
    {
        var calendar = new CopilCalendar(CopilCadence.Monthly, DayOfMonth: 10, Hour: 14, AgendaDaysBefore: 3).Checked();

        var run = calendar.AgendaSchedule.NextAfter(new DateTimeOffset(2026, 12, 2, 0, 0, 0, Winter))!.Value;

        Assert.Equal(new DateTimeOffset(2026, 12, 7, 14, 0, 0, Winter), run);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 14, 0, 0, Winter), calendar.SessionAnnouncedAt(run));
    }

    [Fact]
    public void An_agenda_lead_past_the_start_of_the_month_counts_back_from_the_previous_month_end()
    {
        var calendar = new CopilCalendar(CopilCadence.Monthly, DayOfMonth: 2, Hour: 9, AgendaDaysBefore: 3).Checked();

        // Three days before 2 January is 30 December.
        var december = calendar.AgendaSchedule.NextAfter(new DateTimeOffset(2026, 12, 3, 0, 0, 0, Winter))!.Value;
        var february = calendar.AgendaSchedule.NextAfter(new DateTimeOffset(2027, 2, 3, 0, 0, 0, Winter))!.Value;

        Assert.Equal(new DateTimeOffset(2026, 12, 30, 9, 0, 0, Winter), december);
        Assert.Equal(new DateTimeOffset(2027, 1, 2, 9, 0, 0, Winter), calendar.SessionAnnouncedAt(december));
        // February has 28 days in 2027: three days before 2 March is 27 February.
        Assert.Equal(new DateTimeOffset(2027, 2, 27, 9, 0, 0, Winter), february);
        Assert.Equal(new DateTimeOffset(2027, 3, 2, 9, 0, 0, Winter), calendar.SessionAnnouncedAt(february));
    }

    [Fact]
    public void A_quarterly_agenda_on_the_session_day_minus_its_day_falls_on_the_last_day_of_the_quarter_end_month()
    {
        var calendar = new CopilCalendar(CopilCadence.Quarterly, DayOfMonth: 3, Hour: 10, AgendaDaysBefore: 3).Checked();

        var run = calendar.AgendaSchedule.NextAfter(new DateTimeOffset(2027, 4, 4, 0, 0, 0, Summer))!.Value;

        Assert.Equal(new DateTimeOffset(2027, 6, 30, 10, 0, 0, Summer), run);
        Assert.Equal(new DateTimeOffset(2027, 7, 3, 10, 0, 0, Summer), calendar.SessionAnnouncedAt(run));
    }

    [Fact]
    public void The_digest_goes_out_hours_after_the_session_and_reports_on_that_session()
    {
        var calendar = new CopilCalendar(CopilCadence.Monthly, DayOfMonth: 10, Hour: 14, DigestHoursAfter: 4).Checked();

        var run = calendar.DigestSchedule.NextAfter(new DateTimeOffset(2026, 12, 2, 0, 0, 0, Winter))!.Value;

        Assert.Equal(new DateTimeOffset(2026, 12, 10, 18, 0, 0, Winter), run);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 14, 0, 0, Winter), calendar.SessionDigestedAt(run));
    }

    [Theory]
    [InlineData(14, 0)]
    [InlineData(20, 4)]
    public void A_digest_not_after_the_session_or_past_midnight_is_refused(int hour, int after) =>
        Assert.Throws<ArgumentException>(() => new CopilCalendar(CopilCadence.Monthly, 10, hour, 3, null, after).Checked());

    [Fact]
    public void A_session_is_marked_posted_with_its_frozen_decision_cards_and_language()
    {
        var session = new CopilSession(new DateOnly(2026, 12, 10), DateTimeOffset.UnixEpoch, CopilCadence.Monthly, AgendaAdjustments.None);
        var cards = new[] { Guid.NewGuid(), Guid.NewGuid() };

        var posted = session.Posted("j1@x", DateTimeOffset.UnixEpoch, cards, Language.English);

        Assert.False(session.IsPosted);
        Assert.True(posted.IsPosted);
        Assert.Equal(cards, posted.Decisions);
        Assert.Equal("2026-12-10", posted.Key);
        Assert.Equal(new DateOnly(2026, 12, 10), CopilSession.DateOfKey(posted.Key));
        Assert.Null(CopilSession.DateOfKey("10/12/2026"));
    }
}
