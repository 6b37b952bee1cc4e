namespace GovernanceBot.Storage;

/// <summary>Base of every storage error the seam raises; provider-specific errors are translated into these.</summary>
public class StorageException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The entity changed since it was read (stale ETag). Reload, show the current version, let the user retry.</summary>
public sealed class ConcurrencyConflictException(string table, string partitionKey, string rowKey)
    : StorageException($"'{table}' entity ({partitionKey}, {rowKey}) was changed by someone else.")
{
    public string Table { get; } = table;
    public string PartitionKey { get; } = partitionKey;
    public string RowKey { get; } = rowKey;
}

public sealed class EntityAlreadyExistsException(string table, string partitionKey, string rowKey)
    : StorageException($"'{table}' already holds an entity ({partitionKey}, {rowKey}).");

public sealed class EntityNotFoundException(string table, string partitionKey, string rowKey)
    : StorageException($"'{table}' holds no entity ({partitionKey}, {rowKey}).");

/// <summary>Bad keys, too many or too large properties, unsupported types: rejected before reaching the service.</summary>
public sealed class StorageValidationException(string message) : StorageException(message);

/// <summary>The store cannot be reached or keeps failing after retries; nothing was changed by the failed call.</summary>
public sealed class StorageUnavailableException(string message, Exception? inner = null) : StorageException(message, inner);
