using Azure;
using GovernanceBot.Storage.Validation;
using SdkEntity = Azure.Data.Tables.TableEntity;

namespace GovernanceBot.Storage.AzureTables;

/// <summary>The seam's <see cref="TableEntity"/> to and from the SDK's, which keeps keys, timestamp and ETag among its properties.</summary>
internal static class EntityConversion
{
    private static readonly HashSet<string> SystemProperties = new(StringComparer.Ordinal) { "PartitionKey", "RowKey", "Timestamp", "odata.etag" };

    /// <summary>Null values are not stored (and so never erase anything on merge); dates travel as UTC instants.</summary>
    public static SdkEntity ToSdk(TableEntity entity)
    {
        var sdk = new SdkEntity(entity.PartitionKey, entity.RowKey);
        foreach (var (name, value) in entity.Properties)
        {
            if (value is null) continue;
            sdk[name] = value is DateTime date ? EntityValidator.ToUtc(date) : value;
        }
        return sdk;
    }

    /// <param name="select">When given, the only custom properties kept (the service may send the others back empty).</param>
    public static TableEntity FromSdk(SdkEntity sdk, IReadOnlyList<string>? select)
    {
        var entity = new TableEntity(sdk.PartitionKey, sdk.RowKey)
        {
            ETag = sdk.ETag == default ? null : sdk.ETag.ToString(),
            Timestamp = sdk.Timestamp,
        };
        foreach (var (name, value) in sdk)
        {
            if (value is null || SystemProperties.Contains(name) || name.Contains('@', StringComparison.Ordinal)) continue;
            if (select is not null && !select.Contains(name, StringComparer.Ordinal)) continue;
            entity[name] = value switch
            {
                BinaryData binary => binary.ToArray(),
                DateTime date => EntityValidator.ToUtc(date),
                DateTimeOffset date => date.ToUniversalTime(),
                _ => value,
            };
        }
        return entity;
    }

    public static ETag ETagOf(Response response, string what) =>
        response.Headers.ETag ?? throw new StorageException($"Table service returned no ETag for {what}.");
}
