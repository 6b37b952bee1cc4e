namespace GovernanceBot.Storage;

/// <summary>
/// The storage seam: a set of tables shaped like Azure Table Storage. Every feature persists through it;
/// the provider (embedded SQLite or Azure Table Storage) is chosen by configuration.
/// </summary>
public interface ITableStorage
{
    /// <summary>Returns a client for <paramref name="tableName"/>, creating the table on first use.</summary>
    ITable GetTable(string tableName);

    /// <summary>Checks the store answers (used by /readyz); throws <see cref="StorageUnavailableException"/> when not.</summary>
    Task PingAsync(CancellationToken cancellationToken);
}
