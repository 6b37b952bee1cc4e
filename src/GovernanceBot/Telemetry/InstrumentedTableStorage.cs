using System.Diagnostics;
using System.Runtime.CompilerServices;
using GovernanceBot.Storage;

namespace GovernanceBot.Telemetry;

/// <summary>Measures every call of the configured provider (<see cref="StorageTelemetry"/>); behaviour is the inner store's.</summary>
internal sealed class InstrumentedTableStorage(ITableStorage inner) : ITableStorage, ITableListing
{
    public IAsyncEnumerable<string> ListTablesAsync(CancellationToken cancellationToken) =>
        (inner as ITableListing ?? throw new NotSupportedException($"{inner.GetType().Name} cannot list its tables.")).ListTablesAsync(cancellationToken);

    public ITable GetTable(string tableName) => new InstrumentedTable(inner.GetTable(tableName));

    public Task PingAsync(CancellationToken cancellationToken) =>
        StorageTelemetry.MeasureAsync("-", "ping", async () => { await inner.PingAsync(cancellationToken); return true; });

    private sealed class InstrumentedTable(ITable inner) : ITable
    {
        public string Name => inner.Name;

        public Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken) =>
            StorageTelemetry.MeasureAsync(Name, "get", () => inner.GetAsync(partitionKey, rowKey, cancellationToken));

        public Task<string> AddAsync(TableEntity entity, CancellationToken cancellationToken) =>
            StorageTelemetry.MeasureAsync(Name, "add", () => inner.AddAsync(entity, cancellationToken));

        public Task<string> UpsertAsync(TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken) =>
            StorageTelemetry.MeasureAsync(Name, "upsert", () => inner.UpsertAsync(entity, mode, cancellationToken));

        public Task<string> UpdateAsync(TableEntity entity, string ifMatch, TableUpdateMode mode, CancellationToken cancellationToken) =>
            StorageTelemetry.MeasureAsync(Name, "update", () => inner.UpdateAsync(entity, ifMatch, mode, cancellationToken));

        public Task DeleteAsync(string partitionKey, string rowKey, string ifMatch, CancellationToken cancellationToken) =>
            StorageTelemetry.MeasureAsync(Name, "delete", async () => { await inner.DeleteAsync(partitionKey, rowKey, ifMatch, cancellationToken); return true; });

        public Task SubmitTransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken) =>
            StorageTelemetry.MeasureAsync(Name, "transaction", async () => { await inner.SubmitTransactionAsync(actions, cancellationToken); return true; });

        /// <summary>A query is measured from its first request to the end of the stream the caller reads.</summary>
        public async IAsyncEnumerable<TableEntity> QueryAsync(TableQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            using var span = StorageTelemetry.Source.StartActivity("storage query", ActivityKind.Client);
            span?.SetTag("governancebot.table", Name);
            span?.SetTag("governancebot.operation", "query");
            var started = Stopwatch.GetTimestamp();
            var outcome = "error";
            var rows = 0;
            try
            {
                await foreach (var entity in inner.QueryAsync(query, cancellationToken))
                {
                    rows++;
                    yield return entity;
                }
                outcome = "ok";
            }
            finally
            {
                span?.SetTag("governancebot.rows", rows);
                StorageTelemetry.Record(Name, "query", outcome, Stopwatch.GetElapsedTime(started));
            }
        }
    }
}
