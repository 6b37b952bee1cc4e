using Azure.Identity;
using GovernanceBot.Storage.AzureTables;
using GovernanceBot.Storage.Sqlite;

namespace GovernanceBot.Storage.Configuration;

/// <summary>Builds the provider the options name.</summary>
public static class TableStorageFactory
{
    /// <param name="contentRoot">Base of a relative <see cref="SqliteStorageOptions.Path"/>.</param>
    public static ITableStorage Create(StorageOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider == StorageProvider.Sqlite
            ? new SqliteTableStorage(Path.Combine(contentRoot, options.Sqlite.Path), options.TablePrefix, options.Sqlite.BusyTimeout)
            : CreateAzure(options);
    }

    // Apart, so a SQLite run never loads the Azure SDK's assemblies (memory and start-up time).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static ITableStorage CreateAzure(StorageOptions options)
    {
        switch (options.Provider)
        {
            case StorageProvider.AzureTables when !string.IsNullOrWhiteSpace(options.ConnectionString):
                return AzureTableStorage.FromConnectionString(options.ConnectionString, options.TablePrefix, options.Retry);
            case StorageProvider.AzureTables when options.AccountUrl is not null && AzureTableStorage.IsSasUrl(options.AccountUrl):
                return AzureTableStorage.FromSasUrl(options.AccountUrl, options.TablePrefix, options.Retry);
            case StorageProvider.AzureTables when options.AccountUrl is not null:
                var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
                {
                    ManagedIdentityClientId = options.ManagedIdentityClientId,
                });
                return AzureTableStorage.FromAccountUrl(options.AccountUrl, credential, options.TablePrefix, options.Retry);
            default:
                throw new StorageValidationException(
                    "Storage:ConnectionString or Storage:AccountUrl is required when Storage:Provider is AzureTables.");
        }
    }
}
