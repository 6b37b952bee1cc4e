using GovernanceBot.Storage;
using GovernanceBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace GovernanceBot.Storage.Tests.Contract;

/// <summary>The contract against the embedded provider, on a temporary database file.</summary>
public sealed class SqliteContractTests : TableStorageContract, IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("gb-sqlite-");

    protected override ITableStorage CreateStorage(string tablePrefix) =>
        new SqliteTableStorage(Path.Combine(_directory.FullName, "contract.db"), tablePrefix);

    protected override Task<IsolatedStore> CreateIsolatedStoreAsync() =>
        Task.FromResult<IsolatedStore>(new LockedSqliteStore(Path.Combine(_directory.FullName, "isolated", "outage.db")));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }

    /// <summary>An outage of a file database: another process holds the write lock (a backup, a stuck writer).</summary>
    private sealed class LockedSqliteStore(string path) : IsolatedStore
    {
        private SqliteConnection? _lockHolder;

        public override ITableStorage Open() => new SqliteTableStorage(path, busyTimeout: TimeSpan.FromMilliseconds(300));

        public override async Task BeginOutageAsync()
        {
            _lockHolder = new SqliteConnection($"Data Source={path};Pooling=False");
            await _lockHolder.OpenAsync();
            await using var exclusive = _lockHolder.CreateCommand();
            exclusive.CommandText = "BEGIN EXCLUSIVE";
            await exclusive.ExecuteNonQueryAsync();
        }

        public override async Task EndOutageAsync()
        {
            if (_lockHolder is null) return;
            await using (var rollback = _lockHolder.CreateCommand())
            {
                rollback.CommandText = "ROLLBACK";
                await rollback.ExecuteNonQueryAsync();
            }
            await _lockHolder.DisposeAsync();
            _lockHolder = null;
        }

        public override async ValueTask DisposeAsync() => await EndOutageAsync();
    }
}
