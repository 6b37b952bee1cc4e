using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Storage;

namespace GovernanceBot.Newsletter;

/// <summary>
/// Table <c>NewsletterNotes</c>: the events list the comms team keeps (PartitionKey "event") and the lessons
/// learnt hubs enter on their use cases (PartitionKey "lesson"), RowKey = the record's id. Each list is one
/// partition query; both stay small (a quarter's worth of events, a few lessons per use case).
/// </summary>
public sealed class NewsletterNotesStore(ITableStorage storage)
{
    public const string TableName = "NewsletterNotes";
    private const string Events = "event";
    private const string Lessons = "lesson";

    private ITable Table => storage.GetTable(TableName);

    public Task AddEventAsync(UpcomingEvent e, CancellationToken cancellationToken) => Table.AddAsync(new TableEntity(Events, e.Id.ToString("N"))
    {
        ["Kind"] = e.Kind.ToString(),
        ["Title"] = e.Title,
        ["Date"] = e.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Place"] = e.Place,
    }, cancellationToken);

    /// <summary>Events in date order.</summary>
    public async Task<IReadOnlyList<UpcomingEvent>> ListEventsAsync(CancellationToken cancellationToken)
    {
        var list = new List<UpcomingEvent>();
        await foreach (var e in Table.QueryAsync(TableQuery.InPartition(Events), cancellationToken))
        {
            if (!Guid.TryParseExact(e.RowKey, "N", out var id) || !DateOnly.TryParseExact(e.GetString("Date"), "yyyy-MM-dd", out var date)) continue;
            list.Add(new UpcomingEvent(id, Enum.TryParse<EventKind>(e.GetString("Kind"), out var kind) ? kind : EventKind.Other, e.GetString("Title") ?? "", date, e.GetString("Place")));
        }
        return [.. list.OrderBy(e => e.Date).ThenBy(e => e.Title, StringComparer.Ordinal)];
    }

    /// <summary>Removes the event whose id starts with <paramref name="shortId"/>; null when none or several match.</summary>
    public async Task<UpcomingEvent?> RemoveEventAsync(string shortId, CancellationToken cancellationToken)
    {
        var matches = (await ListEventsAsync(cancellationToken)).Where(e => e.Id.ToString("N").StartsWith(shortId, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count != 1) return null;
        await Table.DeleteAsync(Events, matches[0].Id.ToString("N"), "*", cancellationToken);
        return matches[0];
    }

    public Task AddLessonAsync(LessonLearnt lesson, string authorKey, CancellationToken cancellationToken) => Table.AddAsync(new TableEntity(Lessons, lesson.Id.ToString("N"))
    {
        ["UseCaseNumber"] = lesson.UseCaseNumber,
        ["UseCaseTitle"] = lesson.UseCaseTitle,
        ["HubId"] = lesson.HubId,
        ["Text"] = lesson.Text,
        ["AuthorName"] = lesson.AuthorName,
        ["AuthorKey"] = authorKey,
        ["At"] = lesson.At,
    }, cancellationToken);

    public async Task<IReadOnlyList<LessonLearnt>> ListLessonsAsync(CancellationToken cancellationToken)
    {
        var list = new List<LessonLearnt>();
        await foreach (var e in Table.QueryAsync(TableQuery.InPartition(Lessons), cancellationToken))
        {
            if (!Guid.TryParseExact(e.RowKey, "N", out var id)) continue;
            list.Add(new LessonLearnt(id, e.GetString("UseCaseNumber") ?? "", e.GetString("UseCaseTitle") ?? "", e.GetString("HubId") ?? "",
                e.GetString("Text") ?? "", e.GetString("AuthorName") ?? "", e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue));
        }
        return [.. list.OrderBy(l => l.At)];
    }

    /// <summary>The short id people type to remove an event.</summary>
    public static string ShortId(UpcomingEvent e) => e.Id.ToString("N")[..6];
}
