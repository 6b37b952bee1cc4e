using GovernanceBot.Storage;
using GovernanceBot.Storage.AzureTables;
using GovernanceBot.Storage.Configuration;
using GovernanceBot.TestSupport;

namespace GovernanceBot.Storage.Tests.Contract;

/// <summary>The contract against the Azure Table Storage REST provider, talking to a real Azurite process.</summary>
public sealed class AzureTablesContractTests(AzuriteFixture fixture) : TableStorageContract, IClassFixture<AzuriteFixture>
{
    /// <summary>Short retries so an outage is reported in a couple of seconds rather than the production back-off.</summary>
    internal static readonly StorageRetryOptions FastRetries = new()
    {
        MaxRetries = 2,
        Delay = TimeSpan.FromMilliseconds(50),
        MaxDelay = TimeSpan.FromMilliseconds(200),
        NetworkTimeout = TimeSpan.FromSeconds(5),
    };

    protected override ITableStorage CreateStorage(string tablePrefix) =>
        AzureTableStorage.FromConnectionString(fixture.Azurite.ConnectionString, tablePrefix, FastRetries);

    protected override async Task<IsolatedStore> CreateIsolatedStoreAsync() =>
        new StoppableAzurite(await AzuriteProcess.StartAsync(persistent: true), TablePrefix);

    /// <summary>An Azurite of its own, keeping its data on disk, stopped and restarted by the test.</summary>
    private sealed class StoppableAzurite(AzuriteProcess azurite, string tablePrefix) : IsolatedStore
    {
        public override ITableStorage Open() => AzureTableStorage.FromConnectionString(azurite.ConnectionString, tablePrefix, FastRetries);

        public override Task BeginOutageAsync() => azurite.StopAsync();

        public override Task EndOutageAsync() => azurite.RestartAsync();

        public override ValueTask DisposeAsync() => azurite.DisposeAsync();
    }
}
