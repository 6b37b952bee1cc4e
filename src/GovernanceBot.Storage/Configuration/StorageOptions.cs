namespace GovernanceBot.Storage.Configuration;

/// <summary>Storage settings, bound from the <c>Storage</c> section (environment: <c>Storage__Provider</c>...).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// Connection string for <see cref="StorageProvider.AzureTables"/>: account key, shared access signature
    /// (<c>TableEndpoint=…;SharedAccessSignature=…</c>) or <c>UseDevelopmentStorage=true</c>.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Table endpoint used instead of a connection string, e.g. https://account.table.core.windows.net: with Entra ID,
    /// or with a shared access signature when the URL carries one as its query string.
    /// </summary>
    public Uri? AccountUrl { get; set; }

    /// <summary>Client id of a user-assigned managed identity; without it DefaultAzureCredential picks the identity.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Prepended to every table name, so several environments or test runs can share one account.</summary>
    public string? TablePrefix { get; set; }

    public SqliteStorageOptions Sqlite { get; set; } = new();

    public StorageRetryOptions Retry { get; set; } = new();
}
