namespace GovernanceBot.Storage;

/// <summary>One table. ETags give optimistic concurrency on every write that names one.</summary>
public interface ITable
{
    string Name { get; }

    /// <summary>Point read; null when the entity does not exist.</summary>
    Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken);

    /// <summary>Inserts; throws <see cref="EntityAlreadyExistsException"/> if the key is taken. Returns the new ETag.</summary>
    Task<string> AddAsync(TableEntity entity, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces/merges regardless of the current version. Returns the new ETag.</summary>
    Task<string> UpsertAsync(TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken);

    /// <summary>
    /// Updates an existing entity if its ETag still equals <paramref name="ifMatch"/> ("*" for any).
    /// Throws <see cref="ConcurrencyConflictException"/> on a stale ETag, <see cref="EntityNotFoundException"/> when missing.
    /// </summary>
    Task<string> UpdateAsync(TableEntity entity, string ifMatch, TableUpdateMode mode, CancellationToken cancellationToken);

    /// <summary>Deletes if the ETag matches ("*" for any); deleting a missing entity is not an error.</summary>
    Task DeleteAsync(string partitionKey, string rowKey, string ifMatch, CancellationToken cancellationToken);

    /// <summary>Streams matching entities in key order, following continuation pages transparently.</summary>
    IAsyncEnumerable<TableEntity> QueryAsync(TableQuery query, CancellationToken cancellationToken);

    /// <summary>Applies all actions atomically; they must share one partition key (at most 100 actions).</summary>
    Task SubmitTransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken);
}

public enum TableUpdateMode { Merge, Replace }

public enum TableTransactionActionType { Add, UpsertMerge, UpsertReplace, UpdateMerge, UpdateReplace, Delete }

/// <summary>One operation in an entity-group transaction; <see cref="IfMatch"/> applies to updates and deletes.</summary>
public sealed record TableTransactionAction(TableTransactionActionType Type, TableEntity Entity, string IfMatch = "*");
