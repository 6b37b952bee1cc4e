using System.Runtime.ExceptionServices;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Storage;

namespace GovernanceBot.UseCases;

/// <summary>
/// The use-case registry in the <c>UseCases</c> table (keys in <see cref="UseCaseKeys"/>, documented in
/// docs/storage.md). Every change is one entity-group transaction: the use case written against the ETag it
/// was read with, its index rows, its history line and, on a first submission, the year's number counter
/// and the number's lookup row. So two clicks or two instances can never both apply a change, an index
/// never disagrees with its use case, and numbers are allocated without gaps or duplicates.
/// </summary>
public sealed class UseCaseStore(ITableStorage storage)
{
    public const string TableName = "UseCases";

    /// <summary>Tries at taking the next number before giving up: each failure means another submission took one first.</summary>
    private const int NumberAttempts = 20;

    private ITable Table => storage.GetTable(TableName);

    public async Task<StoredUseCase?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var entity = await Table.GetAsync(UseCaseKeys.Partition, UseCaseKeys.Case(id), cancellationToken);
        return entity is null ? null : new StoredUseCase(UseCaseEntities.ToUseCase(entity), entity.ETag!);
    }

    /// <summary>"Which use case is UC-2026-0042?"</summary>
    public async Task<StoredUseCase?> FindAsync(UseCaseNumber number, CancellationToken cancellationToken)
    {
        var row = await Table.GetAsync(UseCaseKeys.Partition, UseCaseKeys.Number(number), cancellationToken);
        return row?.GetGuid("CaseId") is { } id ? await GetAsync(id, cancellationToken) : null;
    }

    /// <summary>Stores a new draft with its "created" history line.</summary>
    public async Task<StoredUseCase> AddAsync(UseCaseChange started, CancellationToken cancellationToken)
    {
        var useCase = started.UseCase;
        List<TableTransactionAction> actions = [new(TableTransactionActionType.Add, UseCaseEntities.ToEntity(useCase))];
        actions.AddRange(IndexActions(useCase, previous: null));
        actions.Add(new(TableTransactionActionType.Add, UseCaseEntities.HistoryEntity(useCase.Id, started.Entry)));
        await SubmitAsync(actions, cancellationToken);
        return await ReadBackAsync(useCase.Id, cancellationToken);
    }

    /// <summary>
    /// Writes <paramref name="changed"/> if the stored use case is still at <paramref name="before"/>'s ETag,
    /// with its history line when there is one. Throws <see cref="ConcurrencyConflictException"/> otherwise.
    /// </summary>
    public Task<StoredUseCase> SaveAsync(StoredUseCase before, UseCase changed, HistoryEntry? entry, CancellationToken cancellationToken) =>
        SaveAsync(before, changed, entry is null ? [] : [entry], [], cancellationToken);

    /// <summary>As above, with several history lines (e.g. scores saved, then marked evaluated) and the notifications the change owes.</summary>
    public async Task<StoredUseCase> SaveAsync(StoredUseCase before, UseCase changed, IReadOnlyList<HistoryEntry> entries, IReadOnlyList<UseCaseNotification> notifications, CancellationToken cancellationToken)
    {
        await SubmitAsync(ChangeActions(before, changed, entries, notifications), cancellationToken);
        return await ReadBackAsync(changed.Id, cancellationToken);
    }

    /// <summary>
    /// Submits a draft. A first submission takes the year's next number in the same transaction as the
    /// change, retrying with the following number when another submission took it first; a resubmission
    /// keeps its number. <paramref name="submit"/> applies the domain rules for a given number (and may refuse).
    /// Throws <see cref="ConcurrencyConflictException"/> when the use case itself changed since it was read.
    /// </summary>
    public async Task<StoredUseCase> SubmitAsync(StoredUseCase before, int year, Func<UseCaseNumber?, UseCaseChange> submit, CancellationToken cancellationToken,
        Func<UseCaseChange, IReadOnlyList<UseCaseNotification>>? notify = null)
    {
        notify ??= _ => [];
        if (before.UseCase.Number is not null)
        {
            var resubmitted = submit(null);
            return await SaveAsync(before, resubmitted.UseCase, [resubmitted.Entry], notify(resubmitted), cancellationToken);
        }

        for (var attempt = 0; attempt < NumberAttempts; attempt++)
        {
            var counter = await Table.GetAsync(UseCaseKeys.Partition, UseCaseKeys.Counter(year), cancellationToken);
            var number = new UseCaseNumber(year, (counter?.GetInt32("Last") ?? 0) + 1);
            var change = submit(number);
            var actions = ChangeActions(before, change.UseCase, [change.Entry], notify(change));
            var counterIndex = actions.Count;
            actions.Add(counter is null
                ? new(TableTransactionActionType.Add, UseCaseEntities.CounterEntity(year, number.Sequence))
                : new(TableTransactionActionType.UpdateReplace, UseCaseEntities.CounterEntity(year, number.Sequence), counter.ETag!));
            actions.Add(new(TableTransactionActionType.Add, UseCaseEntities.NumberEntity(number, change.UseCase.Id)));
            try
            {
                await Table.SubmitTransactionAsync(actions, cancellationToken);
                return await ReadBackAsync(change.UseCase.Id, cancellationToken);
            }
            catch (TableTransactionFailedException failed) when (failed.FailedActionIndex >= counterIndex)
            {
                // Another submission took this number between our read of the counter and our write: try the next.
            }
            catch (TableTransactionFailedException failed)
            {
                ExceptionDispatchInfo.Throw(failed.InnerException!);
            }
        }
        throw new StorageUnavailableException($"No use-case number could be allocated after {NumberAttempts} attempts; too many submissions at once.");
    }

    public Task<IReadOnlyList<UseCaseListItem>> ListByStateAsync(UseCaseState state, CancellationToken cancellationToken) =>
        ListAsync(UseCaseKeys.StatePrefix(state), cancellationToken);

    public Task<IReadOnlyList<UseCaseListItem>> ListByHubAsync(string hubId, CancellationToken cancellationToken) =>
        ListAsync(UseCaseKeys.HubPrefix(hubId), cancellationToken);

    public Task<IReadOnlyList<UseCaseListItem>> ListBySubmitterAsync(string userKey, CancellationToken cancellationToken) =>
        ListAsync(UseCaseKeys.SubmitterPrefix(userKey), cancellationToken);

    /// <summary>The use case's history, newest first.</summary>
    public async Task<IReadOnlyList<HistoryEntry>> HistoryAsync(Guid id, int top, CancellationToken cancellationToken)
    {
        var entries = new List<HistoryEntry>();
        var query = TableQuery.WithRowKeyPrefix(UseCaseKeys.Partition, UseCaseKeys.HistoryPrefix(id)) with { Top = top };
        await foreach (var entity in Table.QueryAsync(query, cancellationToken)) entries.Add(UseCaseEntities.ToHistoryEntry(entity));
        return entries;
    }

    /// <summary>Most recently changed first.</summary>
    private async Task<IReadOnlyList<UseCaseListItem>> ListAsync(string prefix, CancellationToken cancellationToken)
    {
        var items = new List<UseCaseListItem>();
        await foreach (var entity in Table.QueryAsync(TableQuery.WithRowKeyPrefix(UseCaseKeys.Partition, prefix), cancellationToken))
            items.Add(UseCaseEntities.ToListItem(entity));
        return [.. items.OrderByDescending(i => i.UpdatedAt)];
    }

    /// <summary>Every notification the registry owes or owed (relayed or not), oldest first within each.</summary>
    public async Task<IReadOnlyList<UseCaseNotification>> ListOutboxAsync(CancellationToken cancellationToken)
    {
        var all = new List<UseCaseNotification>();
        foreach (var prefix in new[] { UseCaseKeys.OutboxPrefix, UseCaseKeys.RelayedPrefix })
            await foreach (var entity in Table.QueryAsync(TableQuery.WithRowKeyPrefix(UseCaseKeys.Partition, prefix), cancellationToken))
                all.Add(UseCaseEntities.ToNotification(entity));
        return all;
    }

    /// <summary>The notifications not relayed yet, oldest first: what the relay drains.</summary>
    public async Task<IReadOnlyList<PendingNotification>> ListPendingNotificationsAsync(CancellationToken cancellationToken)
    {
        var pending = new List<PendingNotification>();
        await foreach (var entity in Table.QueryAsync(TableQuery.WithRowKeyPrefix(UseCaseKeys.Partition, UseCaseKeys.OutboxPrefix), cancellationToken))
            pending.Add(UseCaseEntities.ToPending(entity));
        return pending;
    }

    /// <summary>Claims a pending notification for <paramref name="until"/>; null when another relay changed it first.</summary>
    public Task<PendingNotification?> TryClaimNotificationAsync(PendingNotification pending, string relay, DateTimeOffset until, CancellationToken cancellationToken) =>
        TryReplaceNotificationAsync(pending with { ClaimedBy = relay, ClaimedUntil = until }, pending.ETag, cancellationToken);

    /// <summary>Keeps a claimed notification that could not be addressed, with the reason, until <paramref name="retryAt"/>.</summary>
    public Task<PendingNotification?> DeferNotificationAsync(PendingNotification claimed, string reason, DateTimeOffset retryAt, CancellationToken cancellationToken) =>
        TryReplaceNotificationAsync(claimed with { Attempts = claimed.Attempts + 1, Reason = reason, RetryAt = retryAt, ClaimedBy = null, ClaimedUntil = null },
            claimed.ETag, cancellationToken);

    /// <summary>
    /// Moves a claimed notification out of the pending rows, with what became of it, in one transaction.
    /// False when another relay moved or changed it first.
    /// </summary>
    public async Task<bool> MarkRelayedAsync(PendingNotification claimed, string outcome, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var n = claimed.Notification;
        var relayed = UseCaseEntities.NotificationEntity(n, UseCaseKeys.Relayed(n.At, n.Id));
        relayed["Outcome"] = outcome.Length > 1000 ? outcome[..1000] : outcome;
        relayed["RelayedAt"] = at;
        relayed["Attempts"] = claimed.Attempts + 1;
        try
        {
            await Table.SubmitTransactionAsync(
            [
                new(TableTransactionActionType.Delete, new TableEntity(UseCaseKeys.Partition, UseCaseKeys.Outbox(n.At, n.Id)), claimed.ETag),
                new(TableTransactionActionType.Add, relayed),
            ], cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException failed) when (failed.InnerException is ConcurrencyConflictException or EntityAlreadyExistsException or EntityNotFoundException)
        {
            return false;
        }
    }

    private async Task<PendingNotification?> TryReplaceNotificationAsync(PendingNotification next, string etag, CancellationToken cancellationToken)
    {
        try
        {
            var newEtag = await Table.UpdateAsync(UseCaseEntities.PendingEntity(next), etag, TableUpdateMode.Replace, cancellationToken);
            return next with { ETag = newEtag };
        }
        catch (Exception e) when (e is ConcurrencyConflictException or EntityNotFoundException)
        {
            return null;
        }
    }

    private static List<TableTransactionAction> ChangeActions(StoredUseCase before, UseCase changed, IReadOnlyList<HistoryEntry> entries, IReadOnlyList<UseCaseNotification> notifications)
    {
        List<TableTransactionAction> actions = [new(TableTransactionActionType.UpdateReplace, UseCaseEntities.ToEntity(changed), before.ETag)];
        actions.AddRange(IndexActions(changed, before.UseCase));
        actions.AddRange(entries.Select(entry => new TableTransactionAction(TableTransactionActionType.Add, UseCaseEntities.HistoryEntity(changed.Id, entry))));
        actions.AddRange(notifications.Select(n => new TableTransactionAction(TableTransactionActionType.Add, UseCaseEntities.NotificationEntity(n))));
        return actions;
    }

    private static IEnumerable<TableTransactionAction> IndexActions(UseCase useCase, UseCase? previous)
    {
        if (previous is not null && previous.State != useCase.State)
            yield return new(TableTransactionActionType.Delete, new TableEntity(UseCaseKeys.Partition, UseCaseKeys.StatePrefix(previous.State) + useCase.Id.ToString("D")));
        foreach (var rowKey in UseCaseKeys.IndexRows(useCase))
            yield return new(TableTransactionActionType.UpsertReplace, UseCaseEntities.IndexEntity(rowKey, useCase));
    }

    private async Task SubmitAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        try
        {
            await Table.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException failed)
        {
            // The first action is always the use case itself: its conflict (or "already exists") is the caller's to handle.
            ExceptionDispatchInfo.Throw(failed.InnerException!);
        }
    }

    private async Task<StoredUseCase> ReadBackAsync(Guid id, CancellationToken cancellationToken) =>
        await GetAsync(id, cancellationToken) ?? throw new EntityNotFoundException(TableName, UseCaseKeys.Partition, UseCaseKeys.Case(id));
}
