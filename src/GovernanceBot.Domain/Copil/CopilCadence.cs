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
/// month, or the first month of each quarter), the agenda <see cref="AgendaDaysBefore"/> days earlier.
/// </summary>
public sealed record CopilCalendar(CopilCadence Cadence, int DayOfMonth = 10, int Hour = 14, int AgendaDaysBefore = 3, string? TimeZoneId = null)
{
    /// <summary>Throws <see cref="ArgumentException"/> for a day outside 1–28 (every month has it), an hour outside 0–23 or a negative lead.</summary>
    public CopilCalendar Checked()
    {
        if (DayOfMonth is < 1 or > 28) throw new ArgumentException($"The session day must be between 1 and 28 (got {DayOfMonth}).");
        if (Hour is < 0 or > 23) throw new ArgumentException($"The session hour must be between 0 and 23 (got {Hour}).");
        if (AgendaDaysBefore is < 0 or > 27) throw new ArgumentException($"The agenda goes out 0 to 27 days before (got {AgendaDaysBefore}).");
        return this;
    }

    /// <summary>The sessions as a delivery schedule.</summary>
    public JobSchedule Sessions => JobSchedule.Recurring(
        string.Create(CultureInfo.InvariantCulture, $"0 {Hour} {DayOfMonth} {(Cadence == CopilCadence.Monthly ? "*" : "1,4,7,10")} *"), TimeZoneId);

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
