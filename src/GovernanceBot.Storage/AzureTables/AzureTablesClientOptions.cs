using Azure.Core;
using GovernanceBot.Storage.Configuration;

namespace GovernanceBot.Storage.AzureTables;

/// <summary>Azure.Core client options: retry policy from configuration, no body logging (entities may hold personal data).</summary>
internal sealed class AzureTablesClientOptions : ClientOptions
{
    public AzureTablesClientOptions(StorageRetryOptions retry)
    {
        Retry.Mode = RetryMode.Exponential;
        Retry.MaxRetries = retry.MaxRetries;
        Retry.Delay = retry.Delay;
        Retry.MaxDelay = retry.MaxDelay;
        Retry.NetworkTimeout = retry.NetworkTimeout;
        Diagnostics.IsLoggingContentEnabled = false;
        Diagnostics.ApplicationId = "GovernanceBot";
    }
}
