using System.Globalization;
using GovernanceBot.Domain.Delivery;

namespace GovernanceBot.Domain.Copil;

/// <summary>How often the Copil meets.</summary>
public enum CopilCadence
{
    Monthly,
    Quarterly,
}

/// <summary>
/// When sessions are held and when their agenda goes out: sessions on a day of the month at an hour (every
/// month, or the first month of each quarter), the agenda <see cref="AgendaDaysBefore"/> days earlier, the
/// decisions digest <see cref="DigestHoursAfter"/> hours after the session starts, the same day.
/// </summary>
public sealed record CopilCalendar(CopilCadence Cadence, int DayOfMonth = 10, int Hour = 14, int AgendaDaysBefore = 3, string? TimeZoneId = null, int DigestHoursAfter = 4)
{
    /// <summary>Throws <see cref="ArgumentException"/> for a day outside 1–28 (every month has it), an hour outside 0–23 or a negative lead.</summary>
    public CopilCalendar Checked()
    {
        if (DayOfMonth is < 1 or > 28) throw new ArgumentException($"The session day must be between 1 and 28 (got {DayOfMonth}).");
        if (Hour is < 0 or > 23) throw new ArgumentException($"The session hour must be between 0 and 23 (got {Hour}).");
        if (AgendaDaysBefore is < 0 or > 27) throw new ArgumentException($"The agenda goes out 0 to 27 days before (got {AgendaDaysBefore}).");
        if (DigestHoursAfter < 1 || Hour + DigestHoursAfter > 23) throw new ArgumentException($"The digest goes out 1 hour or more after the session, by 23:00 the same day (got {DigestHoursAfter} hours after {Hour}:00).");
        return this;
    }

    private string Months => Cadence == CopilCadence.Monthly ? "*" : "1,4,7,10";

    /// <summary>
    /// When the agenda goes out, as a delivery schedule: <see cref="AgendaDaysBefore"/> days before each session at
    /// the session's hour. When that falls in the previous month it is counted back from that month's last day
    /// ("L-n"), so a session on the 2nd announced 3 days before goes out on the 29th of a 31-day month and the
    /// 27th of February alike.
    /// </summary>
    public JobSchedule AgendaSchedule
    {
        get
        {
            if (DayOfMonth > AgendaDaysBefore)
                return JobSchedule.Recurring(string.Create(CultureInfo.InvariantCulture, $"0 {Hour} {DayOfMonth - AgendaDaysBefore} {Months} *"), TimeZoneId);
            var back = AgendaDaysBefore - DayOfMonth;
            var day = back == 0 ? "L" : string.Create(CultureInfo.InvariantCulture, $"L-{back}");
            return JobSchedule.Recurring(string.Create(CultureInfo.InvariantCulture, $"0 {Hour} {day} {(Cadence == CopilCadence.Monthly ? "*" : "3,6,9,12")} *"), TimeZoneId);
        }
    }

    /// <summary>When the decisions digest goes out: the session's day, <see cref="DigestHoursAfter"/> hours after it starts.</summary>
    public JobSchedule DigestSchedule =>
        JobSchedule.Recurring(string.Create(CultureInfo.InvariantCulture, $"0 {Hour + DigestHoursAfter} {DayOfMonth} {Months} *"), TimeZoneId);

    /// <summary>The session an agenda run at <paramref name="agendaRun"/> announces: the first one after it.</summary>
    public DateTimeOffset? SessionAnnouncedAt(DateTimeOffset agendaRun) => NextSession(agendaRun);

    /// <summary>The session a digest run at <paramref name="digestRun"/> reports on: the latest one that started before it.</summary>
    public DateTimeOffset SessionDigestedAt(DateTimeOffset digestRun)
    {
        var next = NextSession(digestRun) ?? digestRun;
        var previous = PreviousSession(next);
        return previous <= digestRun ? previous : PreviousSession(previous);
    }

    /// <summary>The sessions as a delivery schedule.</summary>
    public JobSchedule Sessions => JobSchedule.Recurring(string.Create(CultureInfo.InvariantCulture, $"0 {Hour} {DayOfMonth} {Months} *"), TimeZoneId);

    /// <summary>The first session strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset? NextSession(DateTimeOffset after) => Sessions.NextAfter(after);

    /// <summary>The session whose agenda is due at <paramref name="now"/> or before: the next session within the lead time.</summary>
    public DateTimeOffset? SessionToAnnounce(DateTimeOffset now) =>
        NextSession(now) is { } next && next - now <= TimeSpan.FromDays(AgendaDaysBefore) ? next : null;

    /// <summary>The session before <paramref name="session"/>, for "KPIs since last time".</summary>
    public DateTimeOffset PreviousSession(DateTimeOffset session)
    {
        var step = Cadence == CopilCadence.Monthly ? 1 : 3;
        var local = Sessions.ToLocal(session);
        return NextSession(local.AddMonths(-step).AddDays(-1)) ?? local.AddMonths(-step);
    }
}
