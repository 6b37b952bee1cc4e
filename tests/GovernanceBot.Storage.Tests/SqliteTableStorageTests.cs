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
    public async Task A_point_read_on_a_kept_connection_sees_what_another_instance_wrote_since()
    {
        using var reader = new SqliteTableStorage(DatabasePath);
        using var writer = new SqliteTableStorage(DatabasePath);
        var table = reader.GetTable("Profiles");
        Assert.Null(await table.GetAsync("u", "1", CancellationToken.None));

        for (var version = 1; version <= 3; version++)
        {
            await writer.GetTable("Profiles").UpsertAsync(new TableEntity("u", "1") { ["V"] = version }, TableUpdateMode.Replace, CancellationToken.None);
            Assert.Equal(version, (await table.GetAsync("u", "1", CancellationToken.None))!.GetInt32("V"));
        }
        await writer.GetTable("Profiles").DeleteAsync("u", "1", "*", CancellationToken.None);
        Assert.Null(await table.GetAsync("u", "1", CancellationToken.None));
    }

    [Fact]
    public async Task Concurrent_point_reads_each_get_their_own_entity()
    {
        using var storage = new SqliteTableStorage(DatabasePath);
        var table = storage.GetTable("Profiles");
        for (var i = 0; i < 50; i++)
            await table.AddAsync(new TableEntity("users", $"u{i:00}") { ["N"] = i }, CancellationToken.None);

        var reads = await Task.WhenAll(Enumerable.Range(0, 400).Select(n => Task.Run(async () =>
            (Asked: n % 50, Read: (await table.GetAsync("users", $"u{n % 50:00}", CancellationToken.None))!.GetInt32("N")))));

        Assert.All(reads, r => Assert.Equal(r.Asked, r.Read));
    }

    [Fact]
    public async Task Disposing_the_store_closes_every_connection_to_the_file()
    {
        var storage = new SqliteTableStorage(DatabasePath);
        var table = storage.GetTable("Profiles");
        await table.AddAsync(new TableEntity("p", "r"), CancellationToken.None);
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => table.GetAsync("p", "r", CancellationToken.None))));
        Assert.NotEmpty(OpenHandlesTo(DatabasePath));

        storage.Dispose();

        Assert.Empty(OpenHandlesTo(DatabasePath));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => table.GetAsync("p", "r", CancellationToken.None));
    }

    /// <summary>This process's open file descriptors on the database file (Linux).</summary>
    private static List<string> OpenHandlesTo(string path) =>
        [.. new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
            .Select(fd => fd.LinkTarget)
            .Where(target => target == Path.GetFullPath(path))
            .Cast<string>()];

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
