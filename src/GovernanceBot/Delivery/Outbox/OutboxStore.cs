using System.Text;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Delivery;
using GovernanceBot.Storage;

namespace GovernanceBot.Delivery.Outbox;

/// <summary>
/// The persistent outbox, two tables designed for the sender's questions (see docs/storage.md):
/// <list type="bullet">
/// <item><c>Outbox</c>: PartitionKey = encoded occurrence id, RowKey = encoded recipient key — one row per
/// (occurrence, recipient), so enqueuing twice cannot add a second row, "what is left of this occurrence"
/// is one partition query, and every claim is an ETag-guarded write of one row.</item>
/// <item><c>OutboxOccurrences</c>: PartitionKey = "occurrence", RowKey = encoded occurrence id — the
/// batches, with Open = true while any message is left (the sender's work list) and whether the owner
/// was told about failures.</item>
/// </list>
/// </summary>
public sealed class OutboxStore(ITableStorage storage)
{
    public const string ItemsTable = "Outbox";
    public const string OccurrencesTable = "OutboxOccurrences";
    private const string OccurrencePartition = "occurrence";

    // Card JSON may exceed one string property (32 K chars); it is split over numbered properties.
    private const int CardChunkChars = 30_000;
    private const int MaxCardChunks = 24;
    private const int MaxPerTransaction = 100;

    private ITable Items => storage.GetTable(ItemsTable);
    private ITable Occurrences => storage.GetTable(OccurrencesTable);

    /// <summary>
    /// Adds what is not there yet: items first (a re-run finds them and adds nothing), then the occurrence,
    /// reopened if this call added anything. Returns how many items were new.
    /// </summary>
    public async Task<int> EnqueueAsync(OutboxOccurrence occurrence, IReadOnlyList<OutboxItem> items, CancellationToken cancellationToken)
    {
        var added = 0;
        foreach (var chunk in items.Chunk(MaxPerTransaction))
            added += await AddMissingAsync(chunk, cancellationToken);

        var entity = ToEntity(occurrence, open: true, failuresReported: false);
        try
        {
            await Occurrences.AddAsync(entity, cancellationToken);
        }
        catch (EntityAlreadyExistsException) when (added > 0)
        {
            await Occurrences.UpsertAsync(new TableEntity(OccurrencePartition, entity.RowKey) { ["Open"] = true }, TableUpdateMode.Merge, cancellationToken);
        }
        catch (EntityAlreadyExistsException)
        {
        }
        return added;
    }

    // One transaction per hundred rows when none exists yet; row by row, skipping those already there, otherwise.
    private async Task<int> AddMissingAsync(OutboxItem[] items, CancellationToken cancellationToken)
    {
        try
        {
            await Items.SubmitTransactionAsync(items.Select(i => new TableTransactionAction(TableTransactionActionType.Add, ToEntity(i))).ToList(), cancellationToken);
            return items.Length;
        }
        catch (TableTransactionFailedException e) when (e.InnerException is EntityAlreadyExistsException)
        {
            var added = 0;
            foreach (var item in items)
            {
                try
                {
                    await Items.AddAsync(ToEntity(item), cancellationToken);
                    added++;
                }
                catch (EntityAlreadyExistsException)
                {
                }
            }
            return added;
        }
    }

    public async Task<IReadOnlyList<OutboxOccurrence>> ListOpenOccurrencesAsync(CancellationToken cancellationToken)
    {
        var list = new List<OutboxOccurrence>();
        var query = TableQuery.InPartition(OccurrencePartition) with { Filter = TableFilter.Equal("Open", true) };
        await foreach (var entity in Occurrences.QueryAsync(query, cancellationToken)) list.Add(ToOccurrence(entity));
        return list;
    }

    /// <summary>The latest occurrences, newest first, with their tallies (for "delivery status").</summary>
    public async Task<IReadOnlyList<OccurrenceStatus>> ListRecentAsync(int top, CancellationToken cancellationToken)
    {
        var all = new List<(OutboxOccurrence Occurrence, bool Open, bool Reported)>();
        await foreach (var entity in Occurrences.QueryAsync(TableQuery.InPartition(OccurrencePartition), cancellationToken))
            all.Add((ToOccurrence(entity), entity.GetBoolean("Open") ?? false, entity.GetBoolean("FailuresReported") ?? false));

        var statuses = new List<OccurrenceStatus>();
        foreach (var (occurrence, open, reported) in all.OrderByDescending(o => o.Occurrence.CreatedAt).Take(top))
            statuses.Add(new OccurrenceStatus(occurrence, DeliveryTally.Of((await ListItemsAsync(occurrence.OccurrenceId, cancellationToken)).Select(s => s.Item)), open, reported));
        return statuses;
    }

    public async Task<IReadOnlyList<StoredOutboxItem>> ListItemsAsync(string occurrenceId, CancellationToken cancellationToken)
    {
        var list = new List<StoredOutboxItem>();
        await foreach (var entity in Items.QueryAsync(TableQuery.InPartition(TableKeys.Encode(occurrenceId)), cancellationToken))
            list.Add(new StoredOutboxItem(ToItem(entity), entity.ETag!));
        return list;
    }

    public async Task<StoredOutboxItem?> GetItemAsync(string occurrenceId, string recipientKey, CancellationToken cancellationToken) =>
        await Items.GetAsync(TableKeys.Encode(occurrenceId), TableKeys.Encode(recipientKey), cancellationToken) is { } entity
            ? new StoredOutboxItem(ToItem(entity), entity.ETag!)
            : null;

    /// <summary>Writes <paramref name="item"/> if the row is still at <paramref name="etag"/>; null when someone else changed it first.</summary>
    public async Task<StoredOutboxItem?> TryReplaceAsync(OutboxItem item, string etag, CancellationToken cancellationToken)
    {
        try
        {
            var newEtag = await Items.UpdateAsync(ToEntity(item), etag, TableUpdateMode.Replace, cancellationToken);
            return new StoredOutboxItem(item, newEtag);
        }
        catch (ConcurrencyConflictException)
        {
            return null;
        }
    }

    /// <summary>
    /// Closes an occurrence with nothing left to send. True for the one caller that closed it with
    /// failures to report (so the owner is told once, however many senders notice).
    /// </summary>
    public async Task<bool> CloseAsync(string occurrenceId, bool hasFailures, CancellationToken cancellationToken)
    {
        var entity = await Occurrences.GetAsync(OccurrencePartition, TableKeys.Encode(occurrenceId), cancellationToken);
        if (entity is null || entity.GetBoolean("Open") != true) return false;
        var reportNow = hasFailures && entity.GetBoolean("FailuresReported") != true;
        var update = new TableEntity(OccurrencePartition, entity.RowKey) { ["Open"] = false, ["FailuresReported"] = reportNow || entity.GetBoolean("FailuresReported") == true };
        try
        {
            await Occurrences.UpdateAsync(update, entity.ETag!, TableUpdateMode.Merge, cancellationToken);
            return reportNow;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }

    public async Task<OutboxOccurrence?> FindOccurrenceAsync(string occurrenceId, CancellationToken cancellationToken) =>
        await Occurrences.GetAsync(OccurrencePartition, TableKeys.Encode(occurrenceId), cancellationToken) is { } entity ? ToOccurrence(entity) : null;

    private static TableEntity ToEntity(OutboxOccurrence o, bool open, bool failuresReported) => new(OccurrencePartition, TableKeys.Encode(o.OccurrenceId))
    {
        ["OccurrenceId"] = o.OccurrenceId,
        ["Title"] = o.Title,
        ["JobId"] = o.JobId,
        ["JobType"] = o.JobType,
        ["OwnerAadObjectId"] = o.OwnerAadObjectId,
        ["OwnerLanguage"] = o.OwnerLanguage.ToString(),
        ["CreatedAt"] = o.CreatedAt,
        ["ScheduledFor"] = o.ScheduledFor,
        ["Late"] = o.Late,
        ["Open"] = open,
        ["FailuresReported"] = failuresReported,
    };

    private static OutboxOccurrence ToOccurrence(TableEntity e) => new(
        e.GetString("OccurrenceId")!,
        e.GetString("Title") ?? "",
        e.GetString("JobId"),
        e.GetString("JobType"),
        e.GetString("OwnerAadObjectId"),
        Enum.TryParse<Language>(e.GetString("OwnerLanguage"), out var language) ? language : Language.French,
        e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        e.GetDateTimeOffset("ScheduledFor"),
        e.GetBoolean("Late") ?? false);

    private static TableEntity ToEntity(OutboxItem i)
    {
        var entity = new TableEntity(TableKeys.Encode(i.OccurrenceId), TableKeys.Encode(i.RecipientKey))
        {
            ["OccurrenceId"] = i.OccurrenceId,
            ["RecipientKey"] = i.RecipientKey,
            ["NewThread"] = i.Target.NewThread,
            ["ServiceUrl"] = i.Target.ServiceUrl,
            ["ConversationId"] = i.Target.ConversationId,
            ["BotId"] = i.Target.BotId,
            ["TenantId"] = i.Target.TenantId,
            ["Label"] = i.Target.Label,
            ["Text"] = i.Content.Text,
            ["Summary"] = i.Content.Summary,
            ["State"] = i.State.ToString(),
            ["EnqueuedAt"] = i.EnqueuedAt,
            ["Attempts"] = i.Attempts,
            ["NotBefore"] = i.NotBefore,
            ["LeaseOwner"] = i.LeaseOwner,
            ["LeaseExpiresAt"] = i.LeaseExpiresAt,
            ["ActivityId"] = i.ActivityId,
            ["SentConversationId"] = i.SentConversationId,
            ["SentAt"] = i.SentAt,
            ["LastError"] = Truncate(i.LastError),
            ["FailureReason"] = Truncate(i.FailureReason),
        };
        WriteCard(entity, i.Content.CardJson);
        return entity;
    }

    private static OutboxItem ToItem(TableEntity e) => new()
    {
        OccurrenceId = e.GetString("OccurrenceId")!,
        RecipientKey = e.GetString("RecipientKey")!,
        Target = new DeliveryTarget(
            e.GetBoolean("NewThread") ?? false,
            e.GetString("ServiceUrl")!,
            e.GetString("ConversationId")!,
            e.GetString("BotId") ?? "",
            e.GetString("TenantId"),
            e.GetString("Label") ?? ""),
        Content = new OutboxContent(e.GetString("Text"), ReadCard(e), e.GetString("Summary")),
        State = Enum.Parse<OutboxItemState>(e.GetString("State")!),
        EnqueuedAt = e.GetDateTimeOffset("EnqueuedAt") ?? DateTimeOffset.MinValue,
        Attempts = e.GetInt32("Attempts") ?? 0,
        NotBefore = e.GetDateTimeOffset("NotBefore"),
        LeaseOwner = e.GetString("LeaseOwner"),
        LeaseExpiresAt = e.GetDateTimeOffset("LeaseExpiresAt"),
        ActivityId = e.GetString("ActivityId"),
        SentConversationId = e.GetString("SentConversationId"),
        SentAt = e.GetDateTimeOffset("SentAt"),
        LastError = e.GetString("LastError"),
        FailureReason = e.GetString("FailureReason"),
    };

    private static void WriteCard(TableEntity entity, string? cardJson)
    {
        if (cardJson is null) return;
        var chunks = cardJson.Chunk(CardChunkChars).Select(c => new string(c)).ToArray();
        if (chunks.Length > MaxCardChunks)
            throw new StorageValidationException($"The card is {cardJson.Length} characters; an outbox message holds at most {CardChunkChars * MaxCardChunks}.");
        entity["CardChunks"] = chunks.Length;
        for (var n = 0; n < chunks.Length; n++) entity[$"Card{n}"] = chunks[n];
    }

    private static string? ReadCard(TableEntity entity)
    {
        if (entity.GetInt32("CardChunks") is not { } count) return null;
        var card = new StringBuilder();
        for (var n = 0; n < count; n++) card.Append(entity.GetString($"Card{n}"));
        return card.ToString();
    }

    private static string? Truncate(string? text) => text is { Length: > 1000 } ? text[..1000] : text;
}
