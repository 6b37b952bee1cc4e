using System.Text.Json;

namespace GovernanceBot.Storage.AzureTables;

/// <summary>The error code and message of a failed Table service response (OData JSON or x-ms-error-code).</summary>
internal sealed record TableServiceError(int Status, string Code, string Message)
{
    public static TableServiceError From(int status, string? errorCodeHeader, ReadOnlySpan<byte> body)
    {
        string? code = errorCodeHeader;
        string message = string.Empty;
        try
        {
            if (!body.IsEmpty)
            {
                using var document = JsonDocument.Parse(body.ToArray());
                if (document.RootElement.TryGetProperty("odata.error", out var error))
                {
                    if (error.TryGetProperty("code", out var c)) code ??= c.GetString();
                    if (error.TryGetProperty("message", out var m))
                    {
                        message = (m.ValueKind == JsonValueKind.Object && m.TryGetProperty("value", out var v) ? v.GetString() : m.GetString()) ?? string.Empty;
                    }
                }
            }
        }
        catch (JsonException)
        {
            message = System.Text.Encoding.UTF8.GetString(body[..Math.Min(body.Length, 500)]);
        }
        return new TableServiceError(status, code ?? "Unknown", message.Split('\n')[0].Trim());
    }

    /// <summary>Statuses Azure.Core already retried: still failing means the service is unavailable, not that the request is wrong.</summary>
    public bool IsTransient => Status is 408 or 429 or >= 500;

    /// <summary>
    /// The seam's exception for a failed write or read of one entity.
    /// </summary>
    public StorageException ToException(string table, string partitionKey, string rowKey) => Status switch
    {
        409 when Code == "EntityAlreadyExists" => new EntityAlreadyExistsException(table, partitionKey, rowKey),
        404 when Code != "TableNotFound" => new EntityNotFoundException(table, partitionKey, rowKey),
        412 => new ConcurrencyConflictException(table, partitionKey, rowKey),
        _ => ToException($"'{table}' ({partitionKey}, {rowKey})"),
    };

    public StorageException ToException(string what) => IsTransient
        ? new StorageUnavailableException($"Table service unavailable for {what}: HTTP {Status} {Code} {Message}".TrimEnd())
        : new StorageException($"Table service rejected {what}: HTTP {Status} {Code} {Message}".TrimEnd());
}
