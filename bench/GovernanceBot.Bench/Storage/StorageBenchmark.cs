using System.Globalization;
using GovernanceBot.Storage;
using GovernanceBot.Storage.AzureTables;
using GovernanceBot.Storage.Sqlite;
using GovernanceBot.TestSupport;

namespace GovernanceBot.Bench.Storage;

/// <summary>
/// Point read, upsert and a whole-partition query on each provider: the embedded SQLite file and the Azure
/// provider (Azure.Data.Tables SDK) against a local Azurite (in memory, loopback), each call awaited before the next.
/// </summary>
public static class StorageBenchmark
{
    private const int PointReads = 2000;
    private const int Upserts = 1000;
    private const int PartitionQueries = 30;
    private const int WarmUpCalls = 20;

    public static async Task<int> RunAsync(string[] args)
    {
        if (!TryReadRows(args, out var rows))
        {
            Console.Error.WriteLine("usage: GovernanceBot.Bench storage [--rows N]   (N > 0, default 1000)");
            return BenchmarkExit.Usage;
        }

        var results = new List<Measurement>();
        var directory = Directory.CreateTempSubdirectory("gb-bench-");
        try
        {
            using (var sqlite = new SqliteTableStorage(Path.Combine(directory.FullName, "bench.db")))
            {
                results.AddRange(await MeasureAsync("SQLite", sqlite, rows));
            }
            await using var azurite = await AzuriteProcess.StartAsync();
            results.AddRange(await MeasureAsync("Azurite", AzureTableStorage.FromConnectionString(azurite.ConnectionString), rows));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }

        Console.WriteLine($"Storage benchmark: sequential calls, {rows}-row partition, {Environment.ProcessorCount} cores");
        ResultTable.Print(Console.Out, results);
        return BenchmarkExit.Success;
    }

    private static async Task<IReadOnlyList<Measurement>> MeasureAsync(string provider, ITableStorage storage, int rows)
    {
        var table = storage.GetTable("Bench");
        await SeedAsync(table, rows);
        var none = CancellationToken.None;

        async Task Read(int i) => _ = await table.GetAsync("bench", RowKey(i % rows), none) ?? throw new InvalidOperationException("Seeded row missing.");
        async Task Upsert(int i) => await table.UpsertAsync(Row("upserts", i % 100, i), TableUpdateMode.Replace, none);
        async Task Query(int i)
        {
            var count = 0;
            await foreach (var _ in table.QueryAsync(TableQuery.InPartition("bench"), none)) count++;
            if (count != rows) throw new InvalidOperationException($"Query returned {count} rows instead of {rows}.");
        }

        await Measurement.RunAsync(provider, "warm-up", WarmUpCalls, async i =>
        {
            await Read(i);
            await Upsert(i);
        });
        return
        [
            await Measurement.RunAsync(provider, "point read", PointReads, Read),
            await Measurement.RunAsync(provider, "upsert (replace)", Upserts, Upsert),
            await Measurement.RunAsync(provider, $"partition query ({rows} rows)", PartitionQueries, Query),
        ];
    }

    private static async Task SeedAsync(ITable table, int rows)
    {
        foreach (var chunk in Enumerable.Range(0, rows).Chunk(100))
        {
            await table.SubmitTransactionAsync(
                chunk.Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Row("bench", i, i))).ToList(),
                CancellationToken.None);
        }
    }

    /// <summary>A row shaped like the bot's: a few strings, a number, a date and a guid.</summary>
    private static TableEntity Row(string partition, int key, int version) => new(partition, RowKey(key))
    {
        ["Title"] = "Use case " + key.ToString(CultureInfo.InvariantCulture),
        ["Status"] = version % 2 == 0 ? "Submitted" : "Approved",
        ["Version"] = version,
        ["ChangedAt"] = DateTimeOffset.UtcNow,
        ["Owner"] = Guid.NewGuid(),
        ["Summary"] = new string('s', 400),
    };

    private static string RowKey(int i) => i.ToString("D6", CultureInfo.InvariantCulture);

    private static bool TryReadRows(string[] args, out int rows)
    {
        rows = 1000;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] != "--rows" || i + 1 >= args.Length || !int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out rows) || rows <= 0)
            {
                return false;
            }
            i++;
        }
        return true;
    }
}
