using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using GovernanceBot.Storage.Validation;
using SdkAction = Azure.Data.Tables.TableTransactionAction;
using SdkActionType = Azure.Data.Tables.TableTransactionActionType;
using SdkEntity = Azure.Data.Tables.TableEntity;
using SdkTransactionFailed = Azure.Data.Tables.TableTransactionFailedException;
using SdkUpdateMode = Azure.Data.Tables.TableUpdateMode;

namespace GovernanceBot.Storage.AzureTables;

/// <summary>One table through the SDK's <see cref="TableClient"/>; every call validates first, then makes one request.</summary>
internal sealed class AzureTable(AzureTableStorage storage, string name, TableClient client) : ITable
{
    /// <summary>The service returns at most this many entities per page.</summary>
    private const int MaxPageSize = 1000;

    public string Name { get; } = name;

    public async Task<TableEntity?> GetAsync(string partitionKey, string rowKey, CancellationToken cancellationToken)
    {
        EntityValidator.ValidateKeys(partitionKey, rowKey);
        await storage.EnsureTableAsync(client, cancellationToken);
        var response = await RunAsync(() => client.GetEntityIfExistsAsync<SdkEntity>(partitionKey, rowKey, cancellationToken: cancellationToken),
            partitionKey, rowKey, cancellationToken);
        return response.HasValue ? EntityConversion.FromSdk(response.Value!, select: null) : null;
    }

    public async Task<string> AddAsync(TableEntity entity, CancellationToken cancellationToken)
    {
        EntityValidator.ValidateEntity(entity);
        await storage.EnsureTableAsync(client, cancellationToken);
        var response = await RunAsync(() => client.AddEntityAsync(EntityConversion.ToSdk(entity), cancellationToken),
            entity.PartitionKey, entity.RowKey, cancellationToken);
        return EntityConversion.ETagOf(response, Describe(entity.PartitionKey, entity.RowKey)).ToString();
    }

    public async Task<string> UpsertAsync(TableEntity entity, TableUpdateMode mode, CancellationToken cancellationToken)
    {
        EntityValidator.ValidateEntity(entity);
        await storage.EnsureTableAsync(client, cancellationToken);
        var response = await RunAsync(() => client.UpsertEntityAsync(EntityConversion.ToSdk(entity), ModeOf(mode), cancellationToken),
            entity.PartitionKey, entity.RowKey, cancellationToken);
        return EntityConversion.ETagOf(response, Describe(entity.PartitionKey, entity.RowKey)).ToString();
    }

    public async Task<string> UpdateAsync(TableEntity entity, string ifMatch, TableUpdateMode mode, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        EntityValidator.ValidateEntity(entity);
        await storage.EnsureTableAsync(client, cancellationToken);
        var response = await RunAsync(() => client.UpdateEntityAsync(EntityConversion.ToSdk(entity), new ETag(ifMatch), ModeOf(mode), cancellationToken),
            entity.PartitionKey, entity.RowKey, cancellationToken);
        return EntityConversion.ETagOf(response, Describe(entity.PartitionKey, entity.RowKey)).ToString();
    }

    public async Task DeleteAsync(string partitionKey, string rowKey, string ifMatch, CancellationToken cancellationToken)
    {
        EntityValidator.ValidateKeys(partitionKey, rowKey);
        ArgumentException.ThrowIfNullOrEmpty(ifMatch);
        await storage.EnsureTableAsync(client, cancellationToken);
        try
        {
            await RunAsync(() => client.DeleteEntityAsync(partitionKey, rowKey, new ETag(ifMatch), cancellationToken), partitionKey, rowKey, cancellationToken);
        }
        catch (EntityNotFoundException)
        {
            // Deleting what is already gone is a success.
        }
    }

    public async IAsyncEnumerable<TableEntity> QueryAsync(TableQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        EntityValidator.ValidateQuery(query);
        await storage.EnsureTableAsync(client, cancellationToken);
        var select = query.Select is null ? null : new[] { "PartitionKey", "RowKey", "Timestamp" }.Concat(query.Select).ToList();
        var remaining = query.Top ?? int.MaxValue;
        // The SDK follows continuation tokens as the enumeration goes; Top only sizes the pages.
        var pages = client.QueryAsync<SdkEntity>(ODataFilter.For(query), Math.Min(remaining, MaxPageSize), select, cancellationToken);
        var what = $"a query on '{Name}'";
        await using var entities = pages.GetAsyncEnumerator(cancellationToken);
        while (remaining > 0 && await storage.RunAsync(async () => await entities.MoveNextAsync(), what, cancellationToken))
        {
            remaining--;
            yield return EntityConversion.FromSdk(entities.Current, query.Select);
        }
    }

    public async Task SubmitTransactionAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        EntityValidator.ValidateTransaction(actions);
        await storage.EnsureTableAsync(client, cancellationToken);
        var batch = actions.Select(ToSdk).ToList();
        var what = $"a transaction on '{Name}'";
        await storage.RunAsync(() => client.SubmitTransactionAsync(batch, cancellationToken), what, cancellationToken, failed => Rollback(failed, actions));
    }

    /// <summary>Names the failing action; a single-action transaction can only have failed on its one action.</summary>
    private StorageException? Rollback(RequestFailedException failed, IReadOnlyList<TableTransactionAction> actions)
    {
        var index = (failed as SdkTransactionFailed)?.FailedTransactionActionIndex ?? (actions.Count == 1 ? 0 : -1);
        if (index < 0 || index >= actions.Count) return null;
        var entity = actions[index].Entity;
        return new TableTransactionFailedException(Name, index, actions[index], TableServiceErrors.ForEntity(failed, Name, entity.PartitionKey, entity.RowKey));
    }

    private Task<T> RunAsync<T>(Func<Task<T>> call, string partitionKey, string rowKey, CancellationToken cancellationToken) =>
        storage.RunAsync(call, Describe(partitionKey, rowKey), cancellationToken, failed => TableServiceErrors.ForEntity(failed, Name, partitionKey, rowKey));

    private static SdkAction ToSdk(TableTransactionAction action)
    {
        var entity = EntityConversion.ToSdk(action.Entity);
        return action.Type switch
        {
            TableTransactionActionType.Add => new SdkAction(SdkActionType.Add, entity),
            TableTransactionActionType.UpsertMerge => new SdkAction(SdkActionType.UpsertMerge, entity),
            TableTransactionActionType.UpsertReplace => new SdkAction(SdkActionType.UpsertReplace, entity),
            TableTransactionActionType.UpdateMerge => new SdkAction(SdkActionType.UpdateMerge, entity, new ETag(action.IfMatch)),
            TableTransactionActionType.UpdateReplace => new SdkAction(SdkActionType.UpdateReplace, entity, new ETag(action.IfMatch)),
            TableTransactionActionType.Delete => new SdkAction(SdkActionType.Delete, entity, new ETag(action.IfMatch)),
            _ => throw new StorageValidationException($"Unsupported transaction action {action.Type}."),
        };
    }

    private static SdkUpdateMode ModeOf(TableUpdateMode mode) => mode == TableUpdateMode.Merge ? SdkUpdateMode.Merge : SdkUpdateMode.Replace;

    private string Describe(string partitionKey, string rowKey) => $"'{Name}' ({partitionKey}, {rowKey})";
}
