namespace GovernanceBot.Storage;

/// <summary>
/// Lists the tables a store holds under its prefix, for whole-store copies (export, import, backups).
/// Names are logical (prefix removed); SQLite keeps them lower-case, which Azure Table names ignore.
/// </summary>
public interface ITableListing
{
    IAsyncEnumerable<string> ListTablesAsync(CancellationToken cancellationToken);
}
