using System.Net;
using System.Net.Sockets;
using GovernanceBot.Storage;
using GovernanceBot.Storage.AzureTables;
using GovernanceBot.Storage.Tests.Contract;
using GovernanceBot.TestSupport;

namespace GovernanceBot.Storage.Tests;

/// <summary>Azure-provider behaviour outside the shared contract: authentication and unreachable endpoints.</summary>
public sealed class AzureTableStorageTests(AzuriteFixture fixture) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Wrong_account_key_is_an_authorization_error_and_fails_the_health_check()
    {
        var wrongKey = fixture.Azurite.ConnectionString.Replace(AzuriteProcess.AccountKey, Convert.ToBase64String(new byte[64]), StringComparison.Ordinal);
        var storage = AzureTableStorage.FromConnectionString(wrongKey, "wrong", AzureTablesContractTests.FastRetries);

        var write = await Assert.ThrowsAsync<StorageException>(
            () => storage.GetTable("Denied").AddAsync(new TableEntity("p", "r"), CancellationToken.None));
        var ping = await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.PingAsync(CancellationToken.None));

        Assert.Contains("403", write.Message);
        Assert.IsNotType<StorageUnavailableException>(write);
        Assert.Contains("403", ping.Message);
    }

    [Fact]
    public async Task Unreachable_endpoint_is_reported_as_unavailable_after_the_retries()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var storage = AzureTableStorage.FromConnectionString(
            $"AccountName=devstoreaccount1;AccountKey={AzuriteProcess.AccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1",
            "gone", AzureTablesContractTests.FastRetries);

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => storage.PingAsync(CancellationToken.None));

        Assert.Contains($"127.0.0.1:{port}", error.Message);
    }

    [Fact]
    public async Task Table_is_created_once_and_shared_by_clients_of_the_same_name()
    {
        var first = AzureTableStorage.FromConnectionString(fixture.Azurite.ConnectionString, "shared", AzureTablesContractTests.FastRetries);
        var second = AzureTableStorage.FromConnectionString(fixture.Azurite.ConnectionString, "shared", AzureTablesContractTests.FastRetries);

        await first.GetTable("Common").UpsertAsync(new TableEntity("p", "from-first"), TableUpdateMode.Replace, CancellationToken.None);

        Assert.NotNull(await second.GetTable("Common").GetAsync("p", "from-first", CancellationToken.None));
    }
}
