using GovernanceBot.Storage;
using GovernanceBot.Storage.AzureTables;
using GovernanceBot.Storage.Configuration;
using GovernanceBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Storage.Tests;

public sealed class StorageConfigurationTests : IDisposable
{
    private readonly DirectoryInfo _contentRoot = Directory.CreateTempSubdirectory("gb-root-");

    [Fact]
    public async Task Without_settings_the_embedded_database_lives_under_the_content_root()
    {
        using var host = BuildHost([]);
        await host.StartAsync();

        var storage = Assert.IsType<SqliteTableStorage>(host.Services.GetRequiredService<ITableStorage>());

        Assert.Equal(Path.Combine(_contentRoot.FullName, "data", "governancebot.db"), storage.DatabasePath);
        await storage.PingAsync(CancellationToken.None);
        await host.StopAsync();
    }

    [Fact]
    public void Sqlite_path_and_prefix_come_from_configuration()
    {
        using var host = BuildHost(new() { ["Storage:Sqlite:Path"] = "state/custom.db", ["Storage:TablePrefix"] = "dev" });

        var storage = Assert.IsType<SqliteTableStorage>(host.Services.GetRequiredService<ITableStorage>());

        Assert.Equal(Path.Combine(_contentRoot.FullName, "state", "custom.db"), storage.DatabasePath);
    }

    [Fact]
    public void Azure_provider_is_built_from_a_connection_string()
    {
        using var host = BuildHost(new()
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:ConnectionString"] = "UseDevelopmentStorage=true",
        });

        var storage = Assert.IsType<AzureTableStorage>(host.Services.GetRequiredService<ITableStorage>());

        Assert.Equal("http://127.0.0.1:10002/devstoreaccount1", storage.Endpoint);
    }

    [Fact]
    public void Azure_provider_is_built_from_an_account_url_for_entra_id()
    {
        using var host = BuildHost(new()
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AccountUrl"] = "https://govbot.table.core.windows.net/",
            ["Storage:ManagedIdentityClientId"] = "00000000-0000-0000-0000-000000000001",
        });

        var storage = Assert.IsType<AzureTableStorage>(host.Services.GetRequiredService<ITableStorage>());

        Assert.Equal("https://govbot.table.core.windows.net", storage.Endpoint);
    }

    [Fact]
    public void Azure_provider_is_built_from_a_sas_url_without_revealing_the_token()
    {
        using var host = BuildHost(new()
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AccountUrl"] = "https://govbot.table.core.windows.net/?sv=2019-02-02&ss=t&srt=sco&sp=rwdlacu&se=2030-01-01T00:00:00Z&sig=c2lnbmF0dXJl",
        });

        var storage = Assert.IsType<AzureTableStorage>(host.Services.GetRequiredService<ITableStorage>());

        Assert.Equal("https://govbot.table.core.windows.net", storage.Endpoint);
    }

    [Fact]
    public void Azure_provider_is_built_from_a_sas_connection_string()
    {
        using var host = BuildHost(new()
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:ConnectionString"] = "TableEndpoint=https://govbot.table.core.windows.net/;SharedAccessSignature=sv=2019-02-02&ss=t&srt=sco&sp=rwdlacu&sig=c2lnbmF0dXJl",
        });

        var storage = Assert.IsType<AzureTableStorage>(host.Services.GetRequiredService<ITableStorage>());

        Assert.Equal("https://govbot.table.core.windows.net", storage.Endpoint);
    }

    [Theory]
    [InlineData(null, null, "Storage:ConnectionString or Storage:AccountUrl")]
    [InlineData("AccountName=govbot", null, "Storage:ConnectionString is not a valid storage connection string")]
    [InlineData("AccountName=govbot;AccountKey=not base64!", null, "Storage:ConnectionString is not a valid storage connection string")]
    [InlineData(null, "http://govbot.table.core.windows.net", "Storage:AccountUrl must be an absolute https URL")]
    public async Task Incomplete_azure_settings_stop_the_start_up_naming_the_key(string? connectionString, string? accountUrl, string expected)
    {
        using var host = BuildHost(new()
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:AccountUrl"] = accountUrl,
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task Invalid_table_prefix_stops_the_start_up()
    {
        using var host = BuildHost(new() { ["Storage:TablePrefix"] = "bad-prefix" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Storage:TablePrefix", error.Message);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _contentRoot.Delete(recursive: true);
    }

    private IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _contentRoot.FullName });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddTableStorage(builder.Configuration);
        return builder.Build();
    }
}
