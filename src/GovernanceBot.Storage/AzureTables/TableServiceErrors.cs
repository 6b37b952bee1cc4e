using Azure;

namespace GovernanceBot.Storage.AzureTables;

/// <summary>Translates the SDK's failures into the seam's exceptions.</summary>
internal static class TableServiceErrors
{
    /// <summary>
    /// Failures of a call rather than of the caller: service answers, transport errors, the SDK's per-attempt
    /// timeout, and the <see cref="AggregateException"/> its retry policy throws once every attempt failed.
    /// The caller's own cancellation passes through untouched.
    /// </summary>
    public static bool IsFailure(Exception e, CancellationToken cancellationToken) => e switch
    {
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        RequestFailedException or AggregateException or IOException or HttpRequestException => true,
        _ => false,
    };

    /// <summary>Statuses the SDK already retried: still failing means the service is unavailable, not that the request is wrong.</summary>
    public static bool IsTransient(RequestFailedException e) => e.Status is 408 or 429 or >= 500;

    /// <summary>The seam's exception for a failed call on one entity.</summary>
    public static StorageException ForEntity(RequestFailedException e, string table, string partitionKey, string rowKey) => e.Status switch
    {
        409 when e.ErrorCode == "EntityAlreadyExists" => new EntityAlreadyExistsException(table, partitionKey, rowKey),
        404 when e.ErrorCode != "TableNotFound" => new EntityNotFoundException(table, partitionKey, rowKey),
        412 => new ConcurrencyConflictException(table, partitionKey, rowKey),
        _ => IsTransient(e)
            ? new StorageUnavailableException($"Table service unavailable for '{table}' ({partitionKey}, {rowKey}): {Describe(e)}", e)
            : Rejected(e, $"'{table}' ({partitionKey}, {rowKey})"),
    };

    /// <summary>A request the service refused (authorization, bad request...): retrying will not help.</summary>
    public static StorageException Rejected(RequestFailedException e, string what) => new($"Table service rejected {what}: {Describe(e)}", e);

    /// <summary>One line: HTTP status and error code when the service answered, the innermost message otherwise.</summary>
    public static string Describe(Exception e)
    {
        if (e is RequestFailedException { Status: not 0 } failed)
        {
            return string.Join(' ', new[] { "HTTP " + failed.Status, failed.ErrorCode, FirstLine(failed.Message) }.Where(part => !string.IsNullOrEmpty(part)));
        }
        var inner = e is AggregateException aggregate ? aggregate.Flatten().InnerExceptions.LastOrDefault() ?? e : e;
        while (inner.InnerException is not null) inner = inner.InnerException;
        return FirstLine(inner.Message);
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
