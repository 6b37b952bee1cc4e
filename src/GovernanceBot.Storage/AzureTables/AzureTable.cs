using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Azure;
using Azure.Core;
using GovernanceBot.Storage.Validation;

namespace GovernanceBot.Storage.AzureTables;

/// <summary>One table of the Table service; every call validates first, then makes one REST request.</summary>
internal sealed class AzureTable(AzureTableStorage storage, string name, string physicalName) : ITable
{
    /// <summary>The service returns at most this many entities per page.</summary>
    private const int MaxPageSize = 1000;

    private static readonly RequestMethod Merge = RequestMethod.Parse("MERGE");

    public string Name { get; } = name;

    /// <summary>Entity address: quotes doubled (OData), then percent-encoded so any allowed key survives the URL.</summary>
    public static string EntityPath(string partitionKey, string rowKey) =>
        $"(PartitionKey='{Uri.EscapeDataString(partitionKey.Replace("'", "''", StringComparison.Ordinal))}'," +
        $"RowKey='{Uri.EscapeDataString(rowKey.Replace("'", "''", StringComparison.Ordinal))}')";

    public async Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        EntityValidator.ValidateKeys(partitionKey, rowKey);
        await storage.EnsureTableAsync(physicalName, cancellationToken);
        return await storage.SendAsync(RequestMethod.Get, "/" + physicalName + EntityPath(partitionKey, rowKey), null, null, response =>
        {
            if (response.Status == 404 && AzureTableStorage.ReadError(response).Code != "TableNotFound") return null;
            if (response.Status != 200) throw AzureTableStorage.ReadError(response).ToException(Name, partitionKey, rowKey);
            using var document = JsonDocument.Parse(response.Content.ToMemory());
            var entity = EdmJson.Read(document.RootElement, select: null);
            if (entity.ETag is null && response.Headers.TryGetValue("ETag", out var etag)) entity.ETag = etag;
            return entity;
        }, Describe(partitionKey, rowKey), cancellationToken);
    }

    public async Task<string> AddAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        EntityValidator.ValidateEntity(entity);
        await storage.EnsureTableAsync(physicalName, cancellationToken);
        return await storage.SendAsync(RequestMethod.Post, "/" + physicalName, EdmJson.Write(entity),
            request => request.Headers.SetValue("Prefer", "return-no-content"),
            response => ETagOf(response, entity), Describe(entity.PartitionKey, entity.RowKey), cancellationToken);
    }

    public Task<string> UpsertAsync(TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken) =>
        WriteAsync(entity, mode, ifMatch: null, cancellationToken);

    public Task<string> UpdateAsync(TableEntity entity, string ifMatch, TableUpdateMode mode, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        return WriteAsync(entity, mode, ifMatch, cancellationToken);
    }

    public async Task DeleteAsync(string partitionKey, string rowKey, string ifMatch, CancellationToken cancellationToken)
    {
        EntityValidator.ValidateKeys(partitionKey, rowKey);
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        await storage.EnsureTableAsync(physicalName, cancellationToken);
        await storage.SendAsync(RequestMethod.Delete, "/" + physicalName + EntityPath(partitionKey, rowKey), null,
            request => request.Headers.SetValue("If-Match", ifMatch),
            response =>
            {
                if (response.Status is 204 or 200) return true;
                var error = AzureTableStorage.ReadError(response);
                // Deleting what is already gone is a success.
                if (response.Status == 404 && error.Code != "TableNotFound") return true;
                throw error.ToException(Name, partitionKey, rowKey);
            }, Describe(partitionKey, rowKey), cancellationToken);
    }

    public async IAsyncEnumerable<TableEntity> QueryAsync(TableQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        EntityValidator.ValidateQuery(query);
        await storage.EnsureTableAsync(physicalName, cancellationToken);
        var filter = ODataFilter.For(query);
        var select = query.Select is null ? null : string.Join(',', new[] { "PartitionKey", "RowKey", "Timestamp" }.Concat(query.Select));
        var remaining = query.Top ?? int.MaxValue;
        (string PartitionKey, string? RowKey)? continuation = null;
        while (remaining > 0)
        {
            var parameters = new List<string>();
            if (filter is not null) parameters.Add("$filter=" + Uri.EscapeDataString(filter));
            if (select is not null) parameters.Add("$select=" + Uri.EscapeDataString(select));
            if (remaining < MaxPageSize) parameters.Add("$top=" + remaining);
            if (continuation is { } next)
            {
                parameters.Add("NextPartitionKey=" + Uri.EscapeDataString(next.PartitionKey));
                if (next.RowKey is not null) parameters.Add("NextRowKey=" + Uri.EscapeDataString(next.RowKey));
            }
            var path = "/" + physicalName + "()" + (parameters.Count == 0 ? string.Empty : "?" + string.Join('&', parameters));
            var (page, token) = await storage.SendAsync(RequestMethod.Get, path, null, null, response =>
            {
                if (response.Status != 200) throw AzureTableStorage.ReadError(response).ToException($"a query on '{Name}'");
                using var document = JsonDocument.Parse(response.Content.ToMemory());
                var entities = document.RootElement.GetProperty("value").EnumerateArray().Select(e => EdmJson.Read(e, query.Select)).ToList();
                (string, string?)? nextToken = response.Headers.TryGetValue("x-ms-continuation-NextPartitionKey", out var nextPartition)
                    ? (nextPartition, response.Headers.TryGetValue("x-ms-continuation-NextRowKey", out var nextRow) ? nextRow : null)
                    : null;
                return (entities, nextToken);
            }, $"a query on '{Name}'", cancellationToken);

            foreach (var entity in page.Take(remaining)) yield return entity;
            remaining -= page.Count;
            if (token is null) yield break;
            continuation = token;
        }
    }

    public async Task SubmitTransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        EntityValidator.ValidateTransaction(actions);
        await storage.EnsureTableAsync(physicalName, cancellationToken);
        var (body, contentType) = EntityGroupTransaction.Build(storage.Endpoint + "/" + physicalName, actions);
        var what = $"a transaction on '{Name}'";
        await storage.SendAsync(RequestMethod.Post, "/$batch", body, request =>
        {
            request.Headers.SetValue("Content-Type", contentType);
            request.Headers.SetValue("Accept", "application/json");
        }, response =>
        {
            if (response.Status != 202) throw AzureTableStorage.ReadError(response).ToException(what);
            if (EntityGroupTransaction.FindFailure(Encoding.UTF8.GetString(response.Content.ToMemory().Span)) is not { } failure) return true;
            // A single-action batch can only have failed on its one action.
            var index = failure.Index ?? (actions.Count == 1 ? 0 : -1);
            if (index < 0 || index >= actions.Count)
            {
                throw new StorageException($"Transaction on '{Name}' rolled back: HTTP {failure.Error.Status} {failure.Error.Code} {failure.Error.Message}");
            }
            var entity = actions[index].Entity;
            throw new TableTransactionFailedException(Name, index, actions[index], failure.Error.ToException(Name, entity.PartitionKey, entity.RowKey));
        }, what, cancellationToken);
    }

    private async Task<string> WriteAsync(TableEntity entity, TableUpdateMode mode, string? ifMatch, CancellationToken cancellationToken)
    {
        EntityValidator.ValidateEntity(entity);
        await storage.EnsureTableAsync(physicalName, cancellationToken);
        // Without If-Match, PUT and MERGE insert when missing (upsert); with it they only update.
        return await storage.SendAsync(mode == TableUpdateMode.Merge ? Merge : RequestMethod.Put,
            "/" + physicalName + EntityPath(entity.PartitionKey, entity.RowKey), EdmJson.Write(entity),
            request =>
            {
                if (ifMatch is not null) request.Headers.SetValue("If-Match", ifMatch);
            },
            response => ETagOf(response, entity), Describe(entity.PartitionKey, entity.RowKey), cancellationToken);
    }

    private string ETagOf(Response response, TableEntity entity)
    {
        if (response.Status is < 200 or >= 300) throw AzureTableStorage.ReadError(response).ToException(Name, entity.PartitionKey, entity.RowKey);
        return response.Headers.TryGetValue("ETag", out var etag) ? etag : throw new StorageException($"Table service returned no ETag for {Describe(entity.PartitionKey, entity.RowKey)}.");
    }

    private string Describe(string partitionKey, string rowKey) => $"'{Name}' ({partitionKey}, {rowKey})";
}
