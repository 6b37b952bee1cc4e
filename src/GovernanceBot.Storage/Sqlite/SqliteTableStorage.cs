using GovernanceBot.Storage.Validation;
using Microsoft.Data.Sqlite;

namespace GovernanceBot.Storage.Sqlite;

/// <summary>
/// Embedded provider: every table lives in one SQLite file (WAL mode), in a shared SQL table keyed by
/// (table, PartitionKey, RowKey). Writes are serialized in-process and run in BEGIN IMMEDIATE
/// transactions, so concurrent requests (and other processes opening the file) never interleave.
/// </summary>
public sealed class SqliteTableStorage : ITableStorage, ITableListing, IDisposable
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS entities (
            table_name    TEXT NOT NULL,
            partition_key TEXT NOT NULL,
            row_key       TEXT NOT NULL,
            etag          TEXT NOT NULL,
            timestamp     TEXT NOT NULL,
            properties    TEXT NOT NULL,
            PRIMARY KEY (table_name, partition_key, row_key)
        ) WITHOUT ROWID;
        """;

    private readonly string _connectionString;
    private readonly string? _tablePrefix;
    private readonly int _busyTimeoutMilliseconds;
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    // Writes are serialized anyway, so they share one connection, opened (and set up) once rather than per write.
    private SqliteConnection? _writer;

    /// <param name="databasePath">The database file; its directory is created when missing.</param>
    /// <param name="tablePrefix">Prepended to every table name (lets tests share one file).</param>
    /// <param name="busyTimeout">How long a write waits for a lock held by another connection before failing.</param>
    public SqliteTableStorage(string databasePath, string? tablePrefix = null, TimeSpan? busyTimeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        TableNames.ValidatePrefix(tablePrefix);
        DatabasePath = Path.GetFullPath(databasePath);
        _tablePrefix = tablePrefix;
        var timeout = busyTimeout ?? TimeSpan.FromSeconds(5);
        _busyTimeoutMilliseconds = (int)timeout.TotalMilliseconds;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Microsoft.Data.Sqlite retries SQLITE_BUSY until this many seconds have passed.
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds)),
        }.ToString();
        Initialize();
        PointReads = new PointReaders(cancellationToken => OpenAsync(cancellationToken), SqliteTable.Columns);
    }

    internal PointReaders PointReads { get; }

    public string DatabasePath { get; }

    public ITable GetTable(string tableName) =>
        new SqliteTable(this, tableName, TableNames.Physical(_tablePrefix, tableName).ToLowerInvariant());

    public async IAsyncEnumerable<string> ListTablesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var prefix = (_tablePrefix ?? "").ToLowerInvariant();
        var names = new List<string>();
        await using (var connection = await OpenAsync(cancellationToken))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT DISTINCT table_name FROM entities ORDER BY table_name";
            await using var reader = await RunAsync(() => command.ExecuteReaderAsync(cancellationToken));
            while (await reader.ReadAsync(cancellationToken)) names.Add(reader.GetString(0));
        }
        foreach (var name in names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.Length > prefix.Length))
            yield return name[prefix.Length..];
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master";
        await RunAsync(() => command.ExecuteScalarAsync(cancellationToken));
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the file can be moved, deleted or reopened.
        PointReads.Dispose();
        _writer?.Dispose();
        _writer = null;
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _writeGate.Dispose();
    }

    /// <summary>
    /// A pooled connection. Reads need nothing more (the command timeout already retries a busy database);
    /// a writer also sets the lock wait and WAL's NORMAL sync, which are per connection and cost a statement.
    /// </summary>
    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken, bool forWriting = false)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (!forWriting) return connection;
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {_busyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync();
            throw Translate(e);
        }
    }

    /// <summary>Runs <paramref name="work"/> inside one BEGIN IMMEDIATE transaction, committed when it returns.</summary>
    internal async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> work, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var connection = _writer ??= await OpenAsync(cancellationToken, forWriting: true);
            try
            {
                return await RunAsync(() =>
                {
                    using var transaction = connection.BeginTransaction(deferred: false);
                    var result = work(connection, transaction);
                    transaction.Commit();
                    return Task.FromResult(result);
                });
            }
            catch (StorageUnavailableException)
            {
                // The file went away or is locked up: the next write starts on a fresh connection.
                _writer = null;
                await connection.DisposeAsync();
                throw;
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Translates SQLite failures into the seam's exceptions.</summary>
    internal static async Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (SqliteException e)
        {
            throw Translate(e);
        }
    }

    private static StorageException Translate(SqliteException e) => e.SqliteErrorCode switch
    {
        // BUSY, LOCKED, IOERR, FULL, CANTOPEN: the file is out of reach for now; nothing was committed.
        5 or 6 or 10 or 13 or 14 => new StorageUnavailableException($"SQLite database is unavailable: {e.Message}", e),
        _ => new StorageException($"SQLite error: {e.Message}", e),
    };

    private void Initialize()
    {
        try
        {
            var directory = Path.GetDirectoryName(DatabasePath);
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
            using var connection = new SqliteConnection(_connectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {_busyTimeoutMilliseconds}; PRAGMA journal_mode = WAL; {Schema}";
            command.ExecuteNonQuery();
        }
        catch (SqliteException e)
        {
            throw Translate(e);
        }
        catch (IOException e)
        {
            throw new StorageUnavailableException($"Cannot create the SQLite database at {DatabasePath}: {e.Message}", e);
        }
    }
}
