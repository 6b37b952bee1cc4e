using GovernanceBot.Domain.Copil;

namespace GovernanceBot.Domain.Tests.Copil;

public class CopilCalendarTests
{
    private static readonly TimeSpan Paris = TimeSpan.FromHours(2);

    [Fact]
    public void Monthly_sessions_fall_on_the_configured_day_and_hour_in_the_time_zone()
    {
        var calendar = new CopilCalendar(CopilCadence.Monthly, DayOfMonth: 10, Hour: 14).Checked();

        var next = calendar.NextSession(new DateTimeOffset(2026, 4, 11, 0, 0, 0, Paris))!.Value;

        Assert.Equal(new DateTimeOffset(2026, 5, 10, 14, 0, 0, Paris), next);
    }

    [Fact]
    public void Quarterly_sessions_skip_to_the_next_quarter()
    {
        var calendar = new CopilCalendar(CopilCadence.Quarterly, DayOfMonth: 10, Hour: 14);

        var next = calendar.NextSession(new DateTimeOffset(2026, 4, 11, 0, 0, 0, Paris))!.Value;

        Assert.Equal(new DateTimeOffset(2026, 7, 10, 14, 0, 0, Paris), next);
        Assert.Equal(new DateTimeOffset(2026, 4, 10, 14, 0, 0, Paris), calendar.PreviousSession(next));
    }

    [Fact]
    public void The_agenda_is_due_within_the_lead_time_before_a_session_only()
    {
        var calendar = new CopilCalendar(CopilCadence.Monthly, DayOfMonth: 10, Hour: 14, AgendaDaysBefore: 3);

        Assert.Null(calendar.SessionToAnnounce(new DateTimeOffset(2026, 5, 7, 13, 0, 0, Paris)));
        Assert.Equal(new DateTimeOffset(2026, 5, 10, 14, 0, 0, Paris), calendar.SessionToAnnounce(new DateTimeOffset(2026, 5, 7, 14, 0, 0, Paris)));
    }

    [Theory]
    [InlineData(0, 14, 3)]
    [InlineData(29, 14, 3)]
    [InlineData(10, 24, 3)]
    [InlineData(10, 14, -1)]
    public void Impossible_calendars_are_refused(int day, int hour, int lead) =>
        Assert.Throws<ArgumentException>(() => new CopilCalendar(CopilCadence.Monthly, day, hour, lead).Checked());
}
