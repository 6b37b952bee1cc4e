using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GovernanceBot.Domain.Delivery;

/// <summary>
/// Reads the schedules people say, in French or English, into a <see cref="JobSchedule"/>: every day,
/// every weekday, the first/second/third/fourth/last weekday of the month or quarter, a day of the
/// month, a date (one-off), or a raw "cron …" expression. Anything else is refused with examples.
/// </summary>
public static partial class FriendlySchedule
{
    public static readonly IReadOnlyList<string> Examples =
    [
        "le premier mardi du mois à 9h", "first tuesday of the month at 9:00",
        "chaque lundi à 8h30", "every monday at 8:30",
        "tous les jours à 18h", "every day at 6pm",
        "le dernier vendredi du trimestre à 14h", "last friday of the quarter at 2pm",
        "le 15 du mois à 9h", "the 15th of the month at 9:00",
        "le 2026-12-15 à 9h", "on 15/12/2026 at 9:00",
        "cron 0 9 * * 2#1",
    ];

    private static readonly Dictionary<string, int> Weekdays = new()
    {
        ["dimanche"] = 0, ["lundi"] = 1, ["mardi"] = 2, ["mercredi"] = 3, ["jeudi"] = 4, ["vendredi"] = 5, ["samedi"] = 6,
        ["sunday"] = 0, ["monday"] = 1, ["tuesday"] = 2, ["wednesday"] = 3, ["thursday"] = 4, ["friday"] = 5, ["saturday"] = 6,
    };

    private static readonly Dictionary<string, string> Ordinals = new()
    {
        ["premier"] = "#1", ["1er"] = "#1", ["first"] = "#1", ["1st"] = "#1",
        ["deuxieme"] = "#2", ["second"] = "#2", ["2e"] = "#2", ["2nd"] = "#2",
        ["troisieme"] = "#3", ["third"] = "#3", ["3e"] = "#3", ["3rd"] = "#3",
        ["quatrieme"] = "#4", ["fourth"] = "#4", ["4e"] = "#4", ["4th"] = "#4",
        ["dernier"] = "L", ["last"] = "L",
    };

    /// <summary>Parses <paramref name="text"/>; a date without a time zone is read in <paramref name="timeZoneId"/> (Europe/Paris by default).</summary>
    public static JobSchedule Parse(string text, string? timeZoneId = null)
    {
        var zoneId = timeZoneId ?? JobSchedule.DefaultTimeZone;
        var normalized = Normalize(text);
        if (normalized.Length == 0) throw NotUnderstood(text);

        if (normalized.StartsWith("cron ", StringComparison.Ordinal))
            return JobSchedule.Recurring(text.Trim()[5..].Trim(), zoneId);

        var (date, rest) = ExtractDate(normalized);
        var (time, words) = ExtractTime(rest);
        if (date is { } day)
        {
            var at = time ?? throw new ScheduleException($"'{text.Trim()}': say at what time, e.g. « le 2026-12-15 à 9h » / \"on 2026-12-15 at 9:00\".");
            return JobSchedule.Once(LocalToInstant(day.ToDateTime(at), zoneId), zoneId);
        }
        if (time is not { } clock) throw NotUnderstood(text);
        var minuteHour = $"{clock.Minute} {clock.Hour}";

        var tokens = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var weekday = tokens.Select(t => Weekdays.TryGetValue(t.TrimEnd('s'), out var d) ? d : (int?)null).FirstOrDefault(d => d is not null);
        var ordinal = tokens.Select(t => Ordinals.GetValueOrDefault(t)).FirstOrDefault(o => o is not null);
        var perQuarter = tokens.Any(t => t is "trimestre" or "quarter");
        var perMonth = perQuarter || tokens.Any(t => t is "mois" or "month" or "monthly");
        var months = perQuarter ? "1,4,7,10" : "*";

        if (weekday is { } dow && ordinal is not null && perMonth)
            return JobSchedule.Recurring($"{minuteHour} * {months} {dow}{ordinal}", zoneId);
        if (weekday is { } everyWeek && ordinal is null && !perMonth)
            return JobSchedule.Recurring($"{minuteHour} * * {everyWeek}", zoneId);
        if (weekday is null && perMonth && DayOfMonth(tokens) is { } dom)
            return JobSchedule.Recurring($"{minuteHour} {dom} {months} *", zoneId);
        if (weekday is null && !perMonth && tokens.Any(t => t is "jour" or "jours" or "day" or "daily" or "quotidien" or "quotidiennement"))
            return JobSchedule.Recurring($"{minuteHour} * * *", zoneId);
        throw NotUnderstood(text);
    }

    private static (DateOnly? Date, string Remainder) ExtractDate(string text)
    {
        var match = IsoDate().Match(text);
        if (match.Success)
            return (MakeDate(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, text), text.Remove(match.Index, match.Length));
        match = SlashDate().Match(text);
        if (match.Success)
            return (MakeDate(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, text), text.Remove(match.Index, match.Length));
        return (null, text);
    }

    private static DateOnly MakeDate(string year, string month, string day, string text)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
            throw new ScheduleException($"'{text}': {year}-{month}-{day} is not a date.");
        return new DateOnly(y, m, d);
    }

    private static (TimeOnly? Time, string Remainder) ExtractTime(string text)
    {
        var match = ClockTime().Match(text);
        if (!match.Success) return (null, text);
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = match.Groups["ampm"].Value;
        if (meridiem.Length > 0)
        {
            if (hour is < 1 or > 12) throw new ScheduleException($"'{match.Value.Trim()}' is not a time.");
            hour = hour % 12 + (meridiem == "pm" ? 12 : 0);
        }
        if (hour > 23 || minute > 59) throw new ScheduleException($"'{match.Value.Trim()}' is not a time.");
        return (new TimeOnly(hour, minute), text.Remove(match.Index, match.Length));
    }

    private static int? DayOfMonth(string[] tokens)
    {
        foreach (var token in tokens)
        {
            var digits = OrdinalDay().Match(token);
            if (digits.Success && int.TryParse(digits.Groups["d"].Value, CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31)
                return day;
        }
        return null;
    }

    // A wall-clock time that falls in the spring-forward gap moves to the first valid minute after it.
    private static DateTimeOffset LocalToInstant(DateTime local, string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(1);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private static string Normalize(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        return Spaces().Replace(Punctuation().Replace(builder.ToString(), " "), " ").Trim();
    }

    private static ScheduleException NotUnderstood(string text) =>
        new($"'{text.Trim()}' is not a schedule I can read. Examples: {string.Join(" · ", Examples)}");

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4})\b")]
    private static partial Regex SlashDate();

    [GeneratedRegex(@"(?<![\d/-])(?<h>\d{1,2})(?:\s*(?:h|:)\s*(?<m>\d{2})?|\s*(?<ampm>am|pm))(?![\d/])")]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th|er|e)?$")]
    private static partial Regex OrdinalDay();

    [GeneratedRegex(@"[,;!?«»""()]")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
