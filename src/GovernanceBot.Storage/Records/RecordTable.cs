using System.Runtime.CompilerServices;

namespace GovernanceBot.Storage.Records;

/// <summary>
/// A table of records of one type: the <see cref="ITable"/> operations in terms of <typeparamref name="T"/>,
/// each read returning the record with its ETag. Writes follow the seam's rules (ETags, merge/replace).
/// </summary>
public sealed class RecordTable<T>(ITableStorage storage, TableRecordMap<T> map) where T : class
{
    private ITable Table => storage.GetTable(map.TableName);

    public TableRecordMap<T> Map => map;

    /// <summary>Point read; null when no entity has these keys.</summary>
    public async Task<Stored<T>?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        await Table.GetAsync(partitionKey, rowKey, cancellationToken) is { } entity ? Read(entity) : null;

    /// <summary>Inserts; throws <see cref="EntityAlreadyExistsException"/> when the keys are taken.</summary>
    public async Task<Stored<T>> AddAsync(T record, CancellationToken cancellationToken) =>
        new(record, await Table.AddAsync(map.ToEntity(record), cancellationToken));

    /// <summary>
    /// Inserts or overwrites whatever version is stored. <see cref="TableUpdateMode.Replace"/> stores exactly the
    /// record; <see cref="TableUpdateMode.Merge"/> keeps stored properties the record does not write (unknown
    /// ones, and properties that are now null).
    /// </summary>
    public async Task<Stored<T>> UpsertAsync(T record, TableUpdateMode mode, CancellationToken cancellationToken) =>
        new(record, await Table.UpsertAsync(map.ToEntity(record), mode, cancellationToken));

    /// <summary>
    /// Updates the stored record if it is still at <paramref name="ifMatch"/> ("*" for any); throws
    /// <see cref="ConcurrencyConflictException"/> otherwise, <see cref="EntityNotFoundException"/> when missing.
    /// </summary>
    public async Task<Stored<T>> UpdateAsync(T record, string ifMatch, TableUpdateMode mode, CancellationToken cancellationToken) =>
        new(record, await Table.UpdateAsync(map.ToEntity(record), ifMatch, mode, cancellationToken));

    /// <summary>Deletes this version of the record; a stale ETag throws <see cref="ConcurrencyConflictException"/>.</summary>
    public Task DeleteAsync(Stored<T> stored, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var (partitionKey, rowKey) = map.KeysOf(stored.Value);
        return Table.DeleteAsync(partitionKey, rowKey, stored.ETag, cancellationToken);
    }

    /// <summary>Streams the records matching <paramref name="query"/> in key order (whole records: no projection).</summary>
    public async IAsyncEnumerable<Stored<T>> QueryAsync(TableQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Select is not null) throw new StorageValidationException($"A {typeof(T).Name} table reads whole records; query without Select.");
        await foreach (var entity in Table.QueryAsync(query, cancellationToken)) yield return Read(entity);
    }

    private Stored<T> Read(TableEntity entity) => new(map.FromEntity(entity), entity.ETag!);
}

public static class RecordTableExtensions
{
    /// <summary>The typed table <paramref name="map"/> describes.</summary>
    public static RecordTable<T> Records<T>(this ITableStorage storage, TableRecordMap<T> map) where T : class
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(map);
        return new RecordTable<T>(storage, map);
    }
}
