using GovernanceBot.Storage;

namespace GovernanceBot.Tests.Infrastructure;

/// <summary>The bot's real storage, with every read counted (point reads and queries), to hold turns to their read budget.</summary>
public sealed class CountingTableStorage(ITableStorage inner) : ITableStorage
{
    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    public ITable GetTable(string tableName) => new CountingTable(inner.GetTable(tableName), this);

    public Task PingAsync(CancellationToken cancellationToken) => inner.PingAsync(cancellationToken);

    private void Count() => Interlocked.Increment(ref _reads);

    private sealed class CountingTable(ITable table, CountingTableStorage owner) : ITable
    {
        public string Name => table.Name;

        public Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
        {
            owner.Count();
            return table.GetAsync(partitionKey, rowKey, cancellationToken);
        }

        public IAsyncEnumerable<TableEntity> QueryAsync(TableQuery query, CancellationToken cancellationToken)
        {
            owner.Count();
            return table.QueryAsync(query, cancellationToken);
        }

        public Task<string> AddAsync(TableEntity entity, CancellationToken cancellationToken) => table.AddAsync(entity, cancellationToken);

        public Task<string> UpsertAsync(TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken) => table.UpsertAsync(entity, mode, cancellationToken);

        public Task<string> UpdateAsync(TableEntity entity, string ifMatch, TableUpdateMode mode, CancellationToken cancellationToken) =>
            table.UpdateAsync(entity, ifMatch, mode, cancellationToken);

        public Task DeleteAsync(string partitionKey, string rowKey, string ifMatch, CancellationToken cancellationToken) =>
            table.DeleteAsync(partitionKey, rowKey, ifMatch, cancellationToken);

        public Task SubmitTransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken) =>
            table.SubmitTransactionAsync(actions, cancellationToken);
    }
}
