using Cronos;

namespace GovernanceBot.Domain.Delivery;

/// <summary>
/// When a job runs: a cron expression read in a time zone (so "9:00 every Tuesday" stays 9:00 local
/// across daylight-saving changes), or once at an instant.
/// </summary>
public sealed record JobSchedule
{
    public const string DefaultTimeZone = "Europe/Paris";

    private JobSchedule(string? cron, string timeZoneId, DateTimeOffset? onceAt)
    {
        Cron = cron;
        TimeZoneId = timeZoneId;
        OnceAt = onceAt;
    }

    /// <summary>Five-field cron (minute hour day-of-month month day-of-week), e.g. "0 9 * * 2#1"; null for a one-off job.</summary>
    public string? Cron { get; }

    /// <summary>IANA (or Windows) time-zone id the cron expression is read in.</summary>
    public string TimeZoneId { get; }

    /// <summary>The single run of a one-off job.</summary>
    public DateTimeOffset? OnceAt { get; }

    public bool IsRecurring => Cron is not null;

    public static JobSchedule Recurring(string cron, string? timeZoneId = null)
    {
        var zone = timeZoneId ?? DefaultTimeZone;
        _ = Expression(cron);
        _ = Zone(zone);
        return new JobSchedule(cron.Trim(), zone, null);
    }

    public static JobSchedule Once(DateTimeOffset at, string? timeZoneId = null)
    {
        var zone = timeZoneId ?? DefaultTimeZone;
        _ = Zone(zone);
        return new JobSchedule(null, zone, at);
    }

    /// <summary>The first occurrence strictly after <paramref name="after"/>; null when there is none (a one-off job already past).</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after)
    {
        if (Cron is null) return OnceAt > after ? OnceAt : null;
        return Expression(Cron).GetNextOccurrence(after, Zone(TimeZoneId), inclusive: false);
    }

    /// <summary>The instant as a wall-clock time in the schedule's zone, for display.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone(TimeZoneId));

    private static CronExpression Expression(string cron)
    {
        try
        {
            return CronExpression.Parse(cron.Trim(), CronFormat.Standard);
        }
        catch (CronFormatException e)
        {
            throw new ScheduleException($"'{cron}' is not a valid cron expression (minute hour day month weekday): {e.Message}");
        }
    }

    private static TimeZoneInfo Zone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ScheduleException($"'{id}' is not a known time zone (expected an id such as Europe/Paris).");
        }
    }
}
