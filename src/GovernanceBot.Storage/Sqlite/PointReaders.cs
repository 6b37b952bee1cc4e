using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace GovernanceBot.Storage.Sqlite;

/// <summary>
/// Point reads (one entity by its keys) are most of the store's traffic: every turn reads the caller's profile.
/// A few open connections keep that one statement prepared, so a read is a bind, a step and a reset instead of
/// a connection from the pool and a fresh compile of the SQL. Statements are reset after each read, so an idle
/// reader holds no snapshot and never stands in the way of a write or a checkpoint.
/// </summary>
internal sealed class PointReaders(Func<CancellationToken, Task<SqliteConnection>> open, string columns) : IDisposable
{
    private readonly ConcurrentBag<Reader> _idle = [];
    private readonly int _maxIdle = Math.Max(8, Environment.ProcessorCount * 4);
    private volatile bool _disposed;

    public async Task<T?> ReadAsync<T>(string table, string partitionKey, string rowKey, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_idle.TryTake(out var reader)) reader = new Reader(await open(cancellationToken), columns);
        var healthy = false;
        try
        {
            var result = await reader.ReadAsync(table, partitionKey, rowKey, read, cancellationToken);
            healthy = true;
            return result;
        }
        finally
        {
            // A reader that failed (the file went away, a cancelled step) is not reused: the next read opens afresh.
            if (healthy && !_disposed && _idle.Count < _maxIdle) _idle.Add(reader);
            else reader.Dispose();
            if (_disposed) Drain();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        Drain();
    }

    private void Drain()
    {
        while (_idle.TryTake(out var reader)) reader.Dispose();
    }

    private sealed class Reader : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _command;
        private readonly SqliteParameter _table;
        private readonly SqliteParameter _partitionKey;
        private readonly SqliteParameter _rowKey;

        public Reader(SqliteConnection connection, string columns)
        {
            _connection = connection;
            _command = connection.CreateCommand();
            _command.CommandText = $"SELECT {columns} FROM entities WHERE table_name = @t AND partition_key = @pk AND row_key = @rk";
            _table = _command.Parameters.Add("@t", SqliteType.Text);
            _partitionKey = _command.Parameters.Add("@pk", SqliteType.Text);
            _rowKey = _command.Parameters.Add("@rk", SqliteType.Text);
        }

        public async Task<T?> ReadAsync<T>(string table, string partitionKey, string rowKey, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
            where T : class
        {
            _table.Value = table;
            _partitionKey.Value = partitionKey;
            _rowKey.Value = rowKey;
            await using var reader = await _command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken) ? read(reader) : null;
        }

        public void Dispose()
        {
            _command.Dispose();
            _connection.Dispose();
        }
    }
}
