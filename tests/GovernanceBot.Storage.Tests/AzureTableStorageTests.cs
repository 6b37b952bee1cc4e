using System.Net;
using System.Net.Sockets;
using Azure.Data.Tables;
using Azure.Data.Tables.Sas;
using GovernanceBot.Storage;
using GovernanceBot.Storage.AzureTables;
using GovernanceBot.Storage.Tests.Contract;
using GovernanceBot.TestSupport;

namespace GovernanceBot.Storage.Tests;

/// <summary>Azure-provider behaviour outside the shared contract: authentication (key, SAS) and unreachable endpoints.</summary>
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

    [Fact]
    public async Task Sas_url_and_sas_connection_string_reach_the_same_tables()
    {
        var sas = AccountSas(TableAccountSasPermissions.All);
        var byUrl = AzureTableStorage.FromSasUrl(sas, "sas", AzureTablesContractTests.FastRetries);
        var byConnectionString = AzureTableStorage.FromConnectionString(
            $"TableEndpoint={fixture.Azurite.TableEndpoint};SharedAccessSignature={sas.Query.TrimStart('?')}", "sas", AzureTablesContractTests.FastRetries);

        var etag = await byUrl.GetTable("Signed").AddAsync(new TableEntity("p", "r") { ["V"] = "by url" }, CancellationToken.None);
        var read = await byConnectionString.GetTable("Signed").GetAsync("p", "r", CancellationToken.None);

        Assert.Equal(("by url", etag), (read!.GetString("V"), read.ETag));
        Assert.Equal(fixture.Azurite.TableEndpoint, byUrl.Endpoint);
        await byConnectionString.PingAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Read_only_sas_reads_but_cannot_write()
    {
        var writer = AzureTableStorage.FromConnectionString(fixture.Azurite.ConnectionString, "readonly", AzureTablesContractTests.FastRetries);
        await writer.GetTable("Guarded").AddAsync(new TableEntity("p", "r") { ["V"] = 1 }, CancellationToken.None);
        var reader = AzureTableStorage.FromSasUrl(AccountSas(TableAccountSasPermissions.Read | TableAccountSasPermissions.List), "readonly", AzureTablesContractTests.FastRetries);

        var read = await reader.GetTable("Guarded").GetAsync("p", "r", CancellationToken.None);
        var write = await Assert.ThrowsAsync<StorageException>(
            () => reader.GetTable("Guarded").UpsertAsync(new TableEntity("p", "r") { ["V"] = 2 }, TableUpdateMode.Replace, CancellationToken.None));

        Assert.Equal(1, read!.GetInt32("V"));
        Assert.IsNotType<StorageUnavailableException>(write);
        Assert.Contains("403", write.Message);
    }

    [Fact]
    public void Url_without_a_signature_is_not_taken_for_a_sas_url()
    {
        Assert.False(AzureTableStorage.IsSasUrl(new Uri("https://govbot.table.core.windows.net/?sv=2019-02-02")));
        Assert.Throws<StorageValidationException>(() => AzureTableStorage.FromSasUrl(new Uri("https://govbot.table.core.windows.net/")));
    }

    private Uri AccountSas(TableAccountSasPermissions permissions) =>
        new TableServiceClient(fixture.Azurite.ConnectionString)
            .GenerateSasUri(permissions, TableAccountSasResourceTypes.All, DateTimeOffset.UtcNow.AddHours(1));
}
