using GovernanceBot.Storage;
using GovernanceBot.Storage.AzureTables;

namespace GovernanceBot.Storage.Tests;

public sealed class StorageConnectionStringTests
{
    private const string Key = "a2V5";

    [Fact]
    public void Development_storage_points_at_local_azurite()
    {
        var parsed = StorageConnectionString.Parse("UseDevelopmentStorage=true");

        Assert.Equal(new Uri("http://127.0.0.1:10002/devstoreaccount1"), parsed.TableEndpoint);
        Assert.Equal("devstoreaccount1", parsed.AccountName);
    }

    [Fact]
    public void Account_key_string_derives_the_public_table_endpoint()
    {
        var parsed = StorageConnectionString.Parse($"DefaultEndpointsProtocol=https;AccountName=govbot;AccountKey={Key};EndpointSuffix=core.windows.net");

        Assert.Equal(new Uri("https://govbot.table.core.windows.net"), parsed.TableEndpoint);
        Assert.Equal("key"u8.ToArray(), parsed.AccountKey);
    }

    [Fact]
    public void Explicit_table_endpoint_wins_and_keeps_its_path()
    {
        var parsed = StorageConnectionString.Parse($"AccountName=devstoreaccount1;AccountKey={Key};TableEndpoint=http://127.0.0.1:10002/devstoreaccount1/;");

        Assert.Equal("/devstoreaccount1", parsed.TableEndpoint.AbsolutePath);
    }

    [Theory]
    [InlineData("AccountName=govbot", "AccountKey")]
    [InlineData("AccountKey=a2V5", "AccountName")]
    [InlineData("AccountName=govbot;AccountKey=not base64!", "base64")]
    public void Incomplete_strings_are_rejected_with_the_missing_part(string connectionString, string expected)
    {
        var error = Assert.Throws<StorageValidationException>(() => StorageConnectionString.Parse(connectionString));

        Assert.Contains(expected, error.Message);
        Assert.Contains("Storage:ConnectionString", error.Message);
    }
}
