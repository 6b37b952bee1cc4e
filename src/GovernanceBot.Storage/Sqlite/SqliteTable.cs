using System.Runtime.CompilerServices;
using GovernanceBot.Storage.Validation;
using Microsoft.Data.Sqlite;

namespace GovernanceBot.Storage.Sqlite;

/// <summary>One logical table inside the shared SQLite file; behaves like an Azure table, ETags included.</summary>
internal sealed class SqliteTable(SqliteTableStorage storage, string name, string physicalName) : ITable
{
    /// <summary>Queries read the store in pages so no connection stays open while the caller iterates.</summary>
    private const int PageSize = 1000;

    internal const string Columns = "partition_key, row_key, etag, timestamp, properties";

    public string Name { get; } = name;

    public async Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        EntityValidator.ValidateKeys(partitionKey, rowKey);
        return await SqliteTableStorage.RunAsync(() => storage.PointReads.ReadAsync(physicalName, partitionKey, rowKey, reader => ReadEntity(reader, select: null), cancellationToken));
    }

    public async Task<string> AddAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        EntityValidator.ValidateEntity(entity);
        return await storage.WriteAsync((c, t) => Apply(c, t, TableTransactionActionType.Add, entity, "*"), cancellationToken);
    }

    public async Task<string> UpsertAsync(TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken)
    {
        EntityValidator.ValidateEntity(entity);
        var type = mode == TableUpdateMode.Merge ? TableTransactionActionType.UpsertMerge : TableTransactionActionType.UpsertReplace;
        return await storage.WriteAsync((c, t) => Apply(c, t, type, entity, "*"), cancellationToken);
    }

    public async Task<string> UpdateAsync(TableEntity entity, string ifMatch, TableUpdateMode mode, CancellationToken cancellationToken)
    {
        EntityValidator.ValidateEntity(entity);
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        var type = mode == TableUpdateMode.Merge ? TableTransactionActionType.UpdateMerge : TableTransactionActionType.UpdateReplace;
        return await storage.WriteAsync((c, t) => Apply(c, t, type, entity, ifMatch), cancellationToken);
    }

    public async Task DeleteAsync(string partitionKey, string rowKey, string ifMatch, CancellationToken cancellationToken)
    {
        EntityValidator.ValidateKeys(partitionKey, rowKey);
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        var entity = new TableEntity(partitionKey, rowKey);
        await storage.WriteAsync((c, t) =>
        {
            // Outside a transaction, deleting what is already gone is a success (as with Azure's 404 on delete).
            if (FindETag(c, t, partitionKey, rowKey) is null) return string.Empty;
            return Apply(c, t, TableTransactionActionType.Delete, entity, ifMatch);
        }, cancellationToken);
    }

    public async IAsyncEnumerable<TableEntity> QueryAsync(TableQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        EntityValidator.ValidateQuery(query);
        var remaining = query.Top ?? int.MaxValue;
        (string PartitionKey, string RowKey)? last = null;
        while (remaining > 0)
        {
            var page = await ReadPageAsync(query, last, Math.Min(PageSize, remaining), cancellationToken);
            foreach (var entity in page) yield return entity;
            if (page.Count < Math.Min(PageSize, remaining)) yield break;
            remaining -= page.Count;
            last = (page[^1].PartitionKey, page[^1].RowKey);
        }
    }

    public async Task SubmitTransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        EntityValidator.ValidateTransaction(actions);
        await storage.WriteAsync((c, t) =>
        {
            for (var i = 0; i < actions.Count; i++)
            {
                var action = actions[i];
                try
                {
                    Apply(c, t, action.Type, action.Entity, action.IfMatch);
                }
                catch (StorageException e) when (e is ConcurrencyConflictException or EntityAlreadyExistsException or EntityNotFoundException)
                {
                    throw new TableTransactionFailedException(Name, i, action, e);
                }
            }
            return true;
        }, cancellationToken);
    }

    private async Task<List<TableEntity>> ReadPageAsync(
        TableQuery query, (string PartitionKey, string RowKey)? after, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await storage.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var where = new List<string> { "table_name = @t" };
        command.Parameters.AddWithValue("@t", physicalName);
        if (query.PartitionKey is not null)
        {
            where.Add("partition_key = @pk");
            command.Parameters.AddWithValue("@pk", query.PartitionKey);
        }
        if (query.RowKeyFrom is not null)
        {
            where.Add("row_key >= @rkFrom");
            command.Parameters.AddWithValue("@rkFrom", query.RowKeyFrom);
        }
        if (query.RowKeyTo is not null)
        {
            where.Add("row_key < @rkTo");
            command.Parameters.AddWithValue("@rkTo", query.RowKeyTo);
        }
        if (query.Filter is not null) where.Add(SqliteFilterTranslator.Translate(query.Filter, command));
        if (after is { } position)
        {
            where.Add("(partition_key, row_key) > (@afterPk, @afterRk)");
            command.Parameters.AddWithValue("@afterPk", position.PartitionKey);
            command.Parameters.AddWithValue("@afterRk", position.RowKey);
        }
        command.CommandText =
            $"SELECT {Columns} FROM entities WHERE {string.Join(" AND ", where)} ORDER BY partition_key, row_key LIMIT {limit}";
        return await SqliteTableStorage.RunAsync(async () =>
        {
            var page = new List<TableEntity>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) page.Add(ReadEntity(reader, query.Select));
            return page;
        });
    }

    /// <summary>Applies one write inside the caller's transaction and returns the new ETag.</summary>
    private string Apply(SqliteConnection connection, SqliteTransaction transaction, TableTransactionActionType type, TableEntity entity, string ifMatch)
    {
        var current = FindETag(connection, transaction, entity.PartitionKey, entity.RowKey);
        switch (type)
        {
            case TableTransactionActionType.Add when current is not null:
                throw new EntityAlreadyExistsException(Name, entity.PartitionKey, entity.RowKey);
            case TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpdateReplace or TableTransactionActionType.Delete
                when current is null:
                throw new EntityNotFoundException(Name, entity.PartitionKey, entity.RowKey);
            case TableTransactionActionType.UpdateMerge or TableTransactionActionType.UpdateReplace or TableTransactionActionType.Delete
                when ifMatch != "*" && !string.Equals(ifMatch, current, StringComparison.Ordinal):
                throw new ConcurrencyConflictException(Name, entity.PartitionKey, entity.RowKey);
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("@t", physicalName);
        command.Parameters.AddWithValue("@pk", entity.PartitionKey);
        command.Parameters.AddWithValue("@rk", entity.RowKey);
        if (type == TableTransactionActionType.Delete)
        {
            command.CommandText = "DELETE FROM entities WHERE table_name = @t AND partition_key = @pk AND row_key = @rk";
            command.ExecuteNonQuery();
            return string.Empty;
        }

        var etag = NewETag();
        var merge = type is TableTransactionActionType.UpsertMerge or TableTransactionActionType.UpdateMerge;
        // json_patch merges objects member by member: exactly Azure's MERGE (properties not sent are kept).
        command.CommandText = $"""
            INSERT INTO entities (table_name, partition_key, row_key, etag, timestamp, properties)
            VALUES (@t, @pk, @rk, @etag, @ts, @props)
            ON CONFLICT (table_name, partition_key, row_key) DO UPDATE SET
                etag = excluded.etag, timestamp = excluded.timestamp,
                properties = {(merge ? "json_patch(properties, excluded.properties)" : "excluded.properties")}
            """;
        command.Parameters.AddWithValue("@etag", etag);
        command.Parameters.AddWithValue("@ts", SqlitePropertyCodec.FormatDate(DateTimeOffset.UtcNow));
        command.Parameters.AddWithValue("@props", SqlitePropertyCodec.Encode(entity.Properties));
        command.ExecuteNonQuery();
        return etag;
    }

    private string? FindETag(SqliteConnection connection, SqliteTransaction transaction, string partitionKey, string rowKey)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT etag FROM entities WHERE table_name = @t AND partition_key = @pk AND row_key = @rk";
        command.Parameters.AddWithValue("@t", physicalName);
        command.Parameters.AddWithValue("@pk", partitionKey);
        command.Parameters.AddWithValue("@rk", rowKey);
        return command.ExecuteScalar() as string;
    }

    private static TableEntity ReadEntity(SqliteDataReader reader, IReadOnlyList<string>? select)
    {
        var entity = new TableEntity(reader.GetString(0), reader.GetString(1))
        {
            ETag = reader.GetString(2),
            Timestamp = SqlitePropertyCodec.ParseDate(reader.GetString(3)),
        };
        SqlitePropertyCodec.Decode(reader.GetFieldValue<byte[]>(4), entity, select);
        return entity;
    }

    /// <summary>Same shape as Azure's weak ETags; unique per write, which is all callers may rely on.</summary>
    private static string NewETag() => $"W/\"{Guid.NewGuid():N}\"";
}
