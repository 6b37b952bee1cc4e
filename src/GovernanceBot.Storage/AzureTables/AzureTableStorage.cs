using System.Collections.Concurrent;
using Azure;
using Azure.Core;
using Azure.Data.Tables;
using GovernanceBot.Storage.Configuration;
using GovernanceBot.Storage.Validation;

namespace GovernanceBot.Storage.AzureTables;

/// <summary>
/// Azure Table Storage (or Cosmos DB for Table, or Azurite) through the official <c>Azure.Data.Tables</c> SDK.
/// The SDK speaks the protocol, signs requests (account key, SAS or Entra ID) and retries transient failures;
/// this class adds what the seam promises on top: table prefix, create-on-first-use and the seam's errors.
/// </summary>
public sealed class AzureTableStorage : ITableStorage, ITableListing
{
    private readonly TableServiceClient _service;
    private readonly string? _tablePrefix;
    private readonly ConcurrentDictionary<string, bool> _existingTables = new(StringComparer.OrdinalIgnoreCase);

    private AzureTableStorage(Func<TableClientOptions, TableServiceClient> connect, string? tablePrefix, StorageRetryOptions? retry)
    {
        TableNames.ValidatePrefix(tablePrefix);
        _tablePrefix = tablePrefix;
        _service = connect(ClientOptions(retry ?? new StorageRetryOptions()));
        // The SDK keeps a SAS out of Uri; trimmed so the endpoint reads the same however it was configured.
        Endpoint = _service.Uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>Table service base URL without credentials, e.g. https://account.table.core.windows.net or http://127.0.0.1:10002/devstoreaccount1.</summary>
    public string Endpoint { get; }

    /// <summary>
    /// Connection-string access, anything the SDK parses: <c>UseDevelopmentStorage=true</c>, AccountName/AccountKey
    /// (optionally with TableEndpoint), or TableEndpoint with SharedAccessSignature.
    /// </summary>
    public static AzureTableStorage FromConnectionString(string connectionString, string? tablePrefix = null, StorageRetryOptions? retry = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new AzureTableStorage(options => Connect(() => new TableServiceClient(connectionString, options)), tablePrefix, retry);
    }

    /// <summary>Entra ID access (managed identity, developer sign-in...) to the table endpoint of an account.</summary>
    public static AzureTableStorage FromAccountUrl(Uri accountUrl, TokenCredential credential, string? tablePrefix = null, StorageRetryOptions? retry = null)
    {
        ArgumentNullException.ThrowIfNull(accountUrl);
        ArgumentNullException.ThrowIfNull(credential);
        return new AzureTableStorage(options => new TableServiceClient(accountUrl, credential, options), tablePrefix, retry);
    }

    /// <summary>Shared access signature access: the table endpoint with the SAS token as its query string.</summary>
    public static AzureTableStorage FromSasUrl(Uri sasUrl, string? tablePrefix = null, StorageRetryOptions? retry = null)
    {
        ArgumentNullException.ThrowIfNull(sasUrl);
        if (!IsSasUrl(sasUrl)) throw new StorageValidationException("The table endpoint URL carries no shared access signature (no 'sig' in its query).");
        return new AzureTableStorage(options => new TableServiceClient(sasUrl, options), tablePrefix, retry);
    }

    /// <summary>True when the URL's query holds a shared access signature, so no other credential is needed.</summary>
    public static bool IsSasUrl(Uri url) =>
        url.IsAbsoluteUri && url.Query.TrimStart('?').Split('&').Any(p => p.StartsWith("sig=", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Checks a connection string the way the SDK will read it, so start-up names the bad key instead of the
    /// first request failing. Throws <see cref="StorageValidationException"/>.
    /// </summary>
    public static void ValidateConnectionString(string connectionString) => Connect(() => new TableServiceClient(connectionString));

    public ITable GetTable(string tableName)
    {
        var physicalName = TableNames.Physical(_tablePrefix, tableName);
        return new AzureTable(this, tableName, _service.GetTableClient(physicalName));
    }

    public async IAsyncEnumerable<string> ListTablesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var prefix = _tablePrefix ?? "";
        var names = new List<string>();
        await RunAsync(async () =>
        {
            await foreach (var table in _service.QueryAsync(filter: (string?)null, cancellationToken: cancellationToken))
                names.Add(table.Name);
            return true;
        }, "listing tables", cancellationToken);
        foreach (var name in names.Where(n => n.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && n.Length > prefix.Length).Order(StringComparer.Ordinal))
            yield return name[prefix.Length..];
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in _service.QueryAsync(filter: (string?)null, maxPerPage: 1, cancellationToken).AsPages(pageSizeHint: 1))
            {
                break;
            }
        }
        catch (Exception e) when (TableServiceErrors.IsFailure(e, cancellationToken))
        {
            throw new StorageUnavailableException($"Table service at {Endpoint} failed a health check: {TableServiceErrors.Describe(e)}", e);
        }
    }

    /// <summary>
    /// Creates the table the first time this process touches it; an existing table is fine. A credential that may
    /// not create tables (a read-only or single-table SAS) is refused with 403: the table is then taken as
    /// provisioned, and the call itself reports whatever the credential really may not do.
    /// </summary>
    internal async Task EnsureTableAsync(TableClient table, CancellationToken cancellationToken)
    {
        if (_existingTables.ContainsKey(table.Name)) return;
        try
        {
            await RunAsync(() => table.CreateIfNotExistsAsync(cancellationToken), $"creating table '{table.Name}'", cancellationToken);
        }
        catch (StorageException e) when (e.InnerException is RequestFailedException { Status: 403 })
        {
            // Not allowed to create tables: use the table as provisioned.
        }
        _existingTables[table.Name] = true;
    }

    /// <summary>Runs one SDK call; failures become the seam's exceptions (<see cref="TableServiceErrors"/>).</summary>
    internal async Task<T> RunAsync<T>(Func<Task<T>> call, string what, CancellationToken cancellationToken, Func<RequestFailedException, StorageException?>? translate = null)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (TableServiceErrors.IsFailure(e, cancellationToken))
        {
            throw e is RequestFailedException { Status: not 0 } failed && !TableServiceErrors.IsTransient(failed)
                ? translate?.Invoke(failed) ?? TableServiceErrors.Rejected(failed, what)
                : new StorageUnavailableException($"Table service at {Endpoint} is unavailable ({what}): {TableServiceErrors.Describe(e)}", e);
        }
    }

    /// <summary>The SDK's retry policy from <c>Storage:Retry</c>; bodies are never logged (entities may hold personal data).</summary>
    private static TableClientOptions ClientOptions(StorageRetryOptions retry)
    {
        var options = new TableClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = retry.MaxRetries;
        options.Retry.Delay = retry.Delay;
        options.Retry.MaxDelay = retry.MaxDelay;
        options.Retry.NetworkTimeout = retry.NetworkTimeout;
        options.Diagnostics.IsLoggingContentEnabled = false;
        options.Diagnostics.ApplicationId = "GovernanceBot";
        return options;
    }

    /// <summary>The SDK rejects a malformed connection string with assorted exception types; one clear error instead.</summary>
    private static TableServiceClient Connect(Func<TableServiceClient> create)
    {
        try
        {
            return create();
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidOperationException or UriFormatException)
        {
            throw new StorageValidationException(
                "Storage:ConnectionString is not a valid storage connection string (expected UseDevelopmentStorage=true, " +
                $"AccountName=…;AccountKey=…, or TableEndpoint=…;SharedAccessSignature=…): {e.Message}");
        }
    }
}
