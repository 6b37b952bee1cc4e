using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GovernanceBot.Domain.Newsletter;

/// <summary>
/// Reads the events the comms team types: a date (2027-01-14 or 14/01/2027), an optional kind (tech talk,
/// formation / training, atelier / workshop), the title, and after a semicolon the place:
/// "2027-01-14 atelier Feature store en pratique ; salle Turing". Anything unreadable is refused with the reason.
/// </summary>
public static partial class EventEntry
{
    private static readonly (string Word, EventKind Kind)[] Kinds =
    [
        ("tech talk", EventKind.TechTalk), ("techtalk", EventKind.TechTalk), ("talk", EventKind.TechTalk), ("conference", EventKind.TechTalk),
        ("formation", EventKind.Training), ("training", EventKind.Training),
        ("atelier", EventKind.Workshop), ("workshop", EventKind.Workshop),
        ("evenement", EventKind.Other), ("event", EventKind.Other),
    ];

    /// <summary>Parses <paramref name="text"/>; throws <see cref="EventEntryException"/> with what is wrong.</summary>
    public static UpcomingEvent Parse(string? text, DateOnly today, Guid id)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0) throw new EventEntryException(EventEntryProblem.Empty);
        var match = DatePattern().Match(trimmed);
        if (!match.Success) throw new EventEntryException(EventEntryProblem.NoDate);
        var date = ReadDate(match) ?? throw new EventEntryException(EventEntryProblem.NoDate);
        if (date < today) throw new EventEntryException(EventEntryProblem.PastDate);

        var rest = trimmed[(match.Index + match.Length)..].Trim();
        var place = (string?)null;
        if (rest.IndexOf(';') is var semicolon and >= 0)
        {
            place = Clean(rest[(semicolon + 1)..]);
            rest = rest[..semicolon];
        }
        var (kind, title) = SplitKind(Clean(rest));
        if (title.Length == 0) throw new EventEntryException(EventEntryProblem.NoTitle);
        if (title.Length > UpcomingEvent.TitleLength || place?.Length > UpcomingEvent.PlaceLength) throw new EventEntryException(EventEntryProblem.TooLong);
        return new UpcomingEvent(id, kind, title, date, string.IsNullOrEmpty(place) ? null : place);
    }

    private static (EventKind Kind, string Title) SplitKind(string text)
    {
        var folded = Fold(text);
        foreach (var (word, kind) in Kinds)
        {
            if (folded == word) return (kind, "");
            if (folded.StartsWith(word + " ", StringComparison.Ordinal) || folded.StartsWith(word + ":", StringComparison.Ordinal))
                return (kind, text[word.Length..].TrimStart(' ', ':', '-', '—').Trim());
        }
        return (EventKind.Other, text);
    }

    private static DateOnly? ReadDate(Match match)
    {
        var year = int.Parse(match.Groups["y"].Success ? match.Groups["y"].Value : match.Groups["y2"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Success ? match.Groups["m"].Value : match.Groups["m2"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].Success ? match.Groups["d"].Value : match.Groups["d2"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Lower case without accents, same length as the text (accents are single marks after decomposition).</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var bare = c.ToString().Normalize(NormalizationForm.FormD)[0];
            builder.Append(char.ToLowerInvariant(bare));
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"^(?:(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})|(?<d2>\d{1,2})/(?<m2>\d{1,2})/(?<y2>\d{4}))(?=\s|$)")]
    private static partial Regex DatePattern();
}

/// <summary>What is wrong with a typed event.</summary>
public enum EventEntryProblem
{
    Empty,
    NoDate,
    PastDate,
    NoTitle,
    TooLong,
}

public sealed class EventEntryException(EventEntryProblem problem) : Exception($"The event cannot be read: {problem}.")
{
    public EventEntryProblem Problem { get; } = problem;
}
