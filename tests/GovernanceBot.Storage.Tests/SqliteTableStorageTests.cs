using GovernanceBot.Storage;
using GovernanceBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace GovernanceBot.Storage.Tests;

/// <summary>Embedded-provider behaviour outside the shared contract: the file, its mode, reopening.</summary>
public sealed class SqliteTableStorageTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("gb-sqlite-");

    private string DatabasePath => Path.Combine(_directory.FullName, "nested", "data", "bot.db");

    [Fact]
    public async Task Database_file_and_its_directory_are_created_in_wal_mode()
    {
        using (var storage = new SqliteTableStorage(DatabasePath))
        {
            await storage.PingAsync(CancellationToken.None);
        }

        Assert.True(File.Exists(DatabasePath));
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Reopened_database_keeps_every_entity()
    {
        string etag;
        using (var storage = new SqliteTableStorage(DatabasePath))
        {
            etag = await storage.GetTable("Answers").AddAsync(new TableEntity("user1", "q1") { ["Score"] = 4 }, CancellationToken.None);
        }

        using var reopened = new SqliteTableStorage(DatabasePath);
        var read = await reopened.GetTable("Answers").GetAsync("user1", "q1", CancellationToken.None);

        Assert.Equal((4, etag), (read!.GetInt32("Score"), read.ETag));
    }

    [Fact]
    public async Task Two_instances_on_one_file_share_data_and_etag_checks()
    {
        using var first = new SqliteTableStorage(DatabasePath);
        using var second = new SqliteTableStorage(DatabasePath);
        var etag = await first.GetTable("Shared").AddAsync(new TableEntity("p", "r") { ["V"] = 1 }, CancellationToken.None);

        await second.GetTable("Shared").UpdateAsync(new TableEntity("p", "r") { ["V"] = 2 }, etag, TableUpdateMode.Merge, CancellationToken.None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            first.GetTable("Shared").UpdateAsync(new TableEntity("p", "r") { ["V"] = 3 }, etag, TableUpdateMode.Merge, CancellationToken.None));
        Assert.Equal(2, (await first.GetTable("Shared").GetAsync("p", "r", CancellationToken.None))!.GetInt32("V"));
    }

    [Fact]
    public async Task Table_names_are_case_insensitive_and_prefixes_keep_tables_apart()
    {
        using var plain = new SqliteTableStorage(DatabasePath);
        using var prefixed = new SqliteTableStorage(DatabasePath, "test");
        await plain.GetTable("UseCases").AddAsync(new TableEntity("p", "r"), CancellationToken.None);

        Assert.NotNull(await plain.GetTable("usecases").GetAsync("p", "r", CancellationToken.None));
        Assert.Null(await prefixed.GetTable("UseCases").GetAsync("p", "r", CancellationToken.None));
    }

    [Theory]
    [InlineData("ab")]
    [InlineData("1table")]
    [InlineData("with-dash")]
    [InlineData("tables")]
    public void Invalid_table_names_are_rejected(string name)
    {
        using var storage = new SqliteTableStorage(DatabasePath);

        Assert.Throws<StorageValidationException>(() => storage.GetTable(name));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Delete(recursive: true);
    }
}
