using GovernanceBot.Storage.AzureTables;
using GovernanceBot.Storage.Validation;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Storage.Configuration;

/// <summary>Start-up check of the Storage section; each failure names the configuration key to fix.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();
        try
        {
            TableNames.ValidatePrefix(options.TablePrefix);
        }
        catch (StorageValidationException e)
        {
            failures.Add("Storage:TablePrefix: " + e.Message);
        }

        switch (options.Provider)
        {
            case StorageProvider.Sqlite when string.IsNullOrWhiteSpace(options.Sqlite.Path):
                failures.Add("Storage:Sqlite:Path must name the database file when Storage:Provider is Sqlite.");
                break;
            case StorageProvider.AzureTables when string.IsNullOrWhiteSpace(options.ConnectionString) && options.AccountUrl is null:
                failures.Add("Storage:ConnectionString or Storage:AccountUrl is required when Storage:Provider is AzureTables.");
                break;
            case StorageProvider.AzureTables when !string.IsNullOrWhiteSpace(options.ConnectionString):
                try
                {
                    AzureTableStorage.ValidateConnectionString(options.ConnectionString);
                }
                catch (StorageValidationException e)
                {
                    failures.Add(e.Message);
                }
                break;
            case StorageProvider.AzureTables when options.AccountUrl is { } url && (!url.IsAbsoluteUri || url.Scheme != Uri.UriSchemeHttps):
                failures.Add("Storage:AccountUrl must be an absolute https URL (Entra ID tokens and SAS tokens are only sent over TLS).");
                break;
        }
        if (options.Retry.MaxRetries < 0) failures.Add("Storage:Retry:MaxRetries must not be negative.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
