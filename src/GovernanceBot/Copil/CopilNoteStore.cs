using GovernanceBot.Domain.Copil;
using GovernanceBot.Storage;

namespace GovernanceBot.Copil;

/// <summary>
/// The Copil's standards and actions in the <c>Copil</c> table, one partition per kind, numbered in order.
/// The number comes from a counter row written against its ETag with the note in one transaction, so two
/// people adding at once get two different numbers and neither note is lost.
/// </summary>
public sealed class CopilNoteStore(ITableStorage storage)
{
    public const string TableName = "Copil";
    private const string CounterRow = "counter";
    private const int Attempts = 10;

    private ITable Table => storage.GetTable(TableName);

    public async Task<CopilNote> AddAsync(CopilNoteKind kind, string text, string userKey, string? userName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var clean = CopilNote.CleanText(text);
        var partition = Partition(kind);
        for (var attempt = 0; ; attempt++)
        {
            var counter = await Table.GetAsync(partition, CounterRow, cancellationToken);
            var number = (counter?.GetInt32("Last") ?? 0) + 1;
            var note = new CopilNote(Guid.NewGuid(), kind, number, clean, userKey, userName, now);
            var next = new TableEntity(partition, CounterRow) { ["Last"] = number };
            TableTransactionAction counterAction = counter is null
                ? new(TableTransactionActionType.Add, next)
                : new(TableTransactionActionType.UpdateReplace, next, counter.ETag!);
            try
            {
                await Table.SubmitTransactionAsync([counterAction, new(TableTransactionActionType.Add, ToEntity(note))], cancellationToken);
                return note;
            }
            catch (Exception e) when (attempt < Attempts && e is ConcurrencyConflictException or EntityAlreadyExistsException or TableTransactionFailedException)
            {
                // Someone took this number first: read the counter again.
            }
        }
    }

    public async Task<IReadOnlyList<CopilNote>> ListAsync(CopilNoteKind kind, CancellationToken cancellationToken)
    {
        var notes = new List<CopilNote>();
        await foreach (var entity in Table.QueryAsync(TableQuery.WithRowKeyPrefix(Partition(kind), "note-"), cancellationToken)) notes.Add(FromEntity(kind, entity));
        return [.. notes.OrderBy(n => n.Number)];
    }

    private static string Partition(CopilNoteKind kind) => kind == CopilNoteKind.Standard ? "standards" : "actions";

    private static string Row(int number) => $"note-{number:D6}";

    private static TableEntity ToEntity(CopilNote note) => new(Partition(note.Kind), Row(note.Number))
    {
        ["Id"] = note.Id,
        ["Number"] = note.Number,
        ["Text"] = note.Text,
        ["AddedByKey"] = note.AddedByKey,
        ["AddedByName"] = note.AddedByName,
        ["AddedAt"] = note.AddedAt,
        ["ClosedAt"] = note.ClosedAt,
    };

    private static CopilNote FromEntity(CopilNoteKind kind, TableEntity e) => new(
        e.GetGuid("Id") ?? Guid.Empty, kind, e.GetInt32("Number") ?? 0, e.GetString("Text") ?? "",
        e.GetString("AddedByKey") ?? "", e.GetString("AddedByName"), e.GetDateTimeOffset("AddedAt") ?? DateTimeOffset.MinValue, e.GetDateTimeOffset("ClosedAt"));
}
