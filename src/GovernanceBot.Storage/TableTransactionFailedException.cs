namespace GovernanceBot.Storage;

/// <summary>
/// An entity-group transaction was rolled back because one action failed; nothing in it was applied.
/// <see cref="Exception.InnerException"/> holds the failing action's own error (for example a
/// <see cref="ConcurrencyConflictException"/> for a stale ETag).
/// </summary>
public sealed class TableTransactionFailedException(string table, int failedActionIndex, TableTransactionAction failedAction, StorageException cause)
    : StorageException(
        $"Transaction on '{table}' rolled back: action #{failedActionIndex} ({failedAction.Type} of ({failedAction.Entity.PartitionKey}, {failedAction.Entity.RowKey})) failed: {cause.Message}",
        cause)
{
    public string Table { get; } = table;

    /// <summary>Zero-based position of the failing action in the submitted list.</summary>
    public int FailedActionIndex { get; } = failedActionIndex;

    public TableTransactionAction FailedAction { get; } = failedAction;
}
