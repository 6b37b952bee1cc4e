using GovernanceBot.DataMove;
using GovernanceBot.Storage;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.Tests.Maturity;
using GovernanceBot.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.DataMove;

/// <summary>
/// Moving a bot from SQLite to Azure Table Storage (Azurite): <c>export</c> with the SQLite settings, <c>import-all</c>
/// with the Azure ones, and the bot on Azure answers from the same data; every entity and property type survives.
/// </summary>
public sealed class DataMoveTests : IAsyncLifetime
{
    private AzuriteProcess _azurite = null!;
    private readonly string _prefix = "m" + Guid.NewGuid().ToString("N")[..8];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "governancebot-export-" + Guid.NewGuid().ToString("N")[..8]);

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync()
    {
        await _azurite.DisposeAsync();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Every_table_copies_from_sqlite_to_azure_tables_and_the_bot_answers_from_it()
    {
        using var sqliteBot = new BotTestHost(MaturityHostFixture.RoleSettings);
        Assert.Contains("Atlantis", await SayAsync(sqliteBot, "hub ajouter Atlantis"));
        await SayAsync(sqliteBot, "langue anglais");
        var typed = new TableEntity("p-1", "r 1")
        {
            ["Text"] = "« élan » \n ligne", ["Int"] = 42, ["Long"] = 9_007_199_254_740_993L, ["Double"] = 0.1 + 0.2, ["Flag"] = true,
            ["When"] = new DateTimeOffset(2026, 12, 2, 3, 4, 5, 678, TimeSpan.Zero), ["Id"] = Guid.Parse("6f9619ff-8b86-d011-b42d-00c04fc964ff"), ["Bytes"] = new byte[] { 0, 1, 255 },
        };
        var sqlite = sqliteBot.Services.GetRequiredService<ITableStorage>();
        await sqlite.GetTable("MoveProbe").AddAsync(typed, CancellationToken.None);
        for (var i = 0; i < 250; i++) await sqlite.GetTable("MoveProbe").AddAsync(new TableEntity("bulk", $"{i:D4}") { ["N"] = i }, CancellationToken.None);

        var exportOutput = new StringWriter();
        Assert.Equal(DataMoveCommand.Success, await DataMoveCommand.Parse(["export", _folder], out _)!.RunAsync(sqliteBot.Services, exportOutput, CancellationToken.None));
        Assert.Equal(DataMoveCommand.InputRejected, await DataMoveCommand.Parse(["export", _folder], out _)!.RunAsync(sqliteBot.Services, new StringWriter(), CancellationToken.None));

        var azureSettings = MaturityHostFixture.RoleSettings;
        azureSettings["Storage:Provider"] = "AzureTables";
        azureSettings["Storage:ConnectionString"] = _azurite.ConnectionString;
        azureSettings["Storage:TablePrefix"] = _prefix;
        using var azureBot = new BotTestHost(azureSettings);
        var importOutput = new StringWriter();
        var imported = await DataMoveCommand.Parse(["import-all", _folder], out _)!.RunAsync(azureBot.Services, importOutput, CancellationToken.None);
        Assert.True(imported == DataMoveCommand.Success, importOutput.ToString());
        // Again: an upsert by keys, so a rerun after a failure changes nothing.
        Assert.Equal(DataMoveCommand.Success, await DataMoveCommand.Parse(["import-all", _folder], out _)!.RunAsync(azureBot.Services, new StringWriter(), CancellationToken.None));

        var azure = azureBot.Services.GetRequiredService<ITableStorage>();
        var tables = await ((ITableListing)sqlite).ListTablesAsync(CancellationToken.None).ToListAsync();
        Assert.Contains("moveprobe", tables);
        Assert.Contains("hubs", tables);
        Assert.Contains("Hubs", KnownTables.All);
        Assert.Contains("OutboxOccurrences", KnownTables.All);
        Assert.True(tables.Count >= 3, string.Join(",", tables));
        foreach (var table in tables)
        {
            var source = await sqlite.GetTable(table).QueryAsync(new TableQuery(), CancellationToken.None).ToListAsync();
            var copied = await azure.GetTable(KnownTables.Canonical(table)).QueryAsync(new TableQuery(), CancellationToken.None).ToListAsync();
            Assert.Equal(source.Select(Describe), copied.Select(Describe));
        }
        var probe = await azure.GetTable("MoveProbe").GetAsync("p-1", "r 1", CancellationToken.None);
        Assert.Equal(9_007_199_254_740_993L, probe!["Long"]);
        Assert.Equal(42, probe["Int"]);
        Assert.Equal(new byte[] { 0, 1, 255 }, probe["Bytes"]);
        Assert.Equal(0.1 + 0.2, probe["Double"]);

        Assert.Contains("Atlantis", await SayAsync(azureBot, "hubs", "en-US"));
        Assert.Contains("moveprobe : 251", importOutput.ToString());
        Assert.True(File.Exists(Path.Combine(_folder, "Hubs.jsonl")));
    }

    [Fact]
    public async Task A_damaged_line_stops_its_table_says_where_and_the_rest_still_imports()
    {
        Directory.CreateDirectory(_folder);
        await File.WriteAllTextAsync(Path.Combine(_folder, DataMoveCommand.SummaryFile), """{"tables":{"good":1,"bad":2}}""");
        await File.WriteAllTextAsync(Path.Combine(_folder, "good.jsonl"), TableDump.Write(new TableEntity("a", "b") { ["X"] = "y" }) + "\n");
        await File.WriteAllTextAsync(Path.Combine(_folder, "bad.jsonl"), TableDump.Write(new TableEntity("a", "1")) + "\n{\"pk\":\"a\",\"rk\":\n");
        using var storage = new GovernanceBot.Storage.Sqlite.SqliteTableStorage(Path.Combine(_folder, "target.db"));
        var output = new StringWriter();

        var code = await DataMoveCommand.ImportAsync(storage, _folder, output, GovernanceBot.Domain.Language.English, CancellationToken.None);

        Assert.Equal(DataMoveCommand.InputRejected, code);
        Assert.Contains("Line 2 of bad.jsonl cannot be read", output.ToString());
        Assert.NotNull(await storage.GetTable("good").GetAsync("a", "b", CancellationToken.None));
        Assert.NotNull(await storage.GetTable("bad").GetAsync("a", "1", CancellationToken.None));
    }

    [Fact]
    public async Task Import_without_an_export_and_a_missing_folder_argument_are_refused_with_the_usage()
    {
        var output = new StringWriter();
        using var bot = new BotTestHost();
        Assert.Equal(DataMoveCommand.InputRejected, await DataMoveCommand.Parse(["import-all", _folder], out _)!.RunAsync(bot.Services, output, CancellationToken.None));
        Assert.Equal(DataMoveCommand.InputRejected, await DataMoveCommand.Parse(["export"], out _)!.RunAsync(bot.Services, output, CancellationToken.None));
        Assert.Contains("export.json", output.ToString());
        Assert.Contains("export DOSSIER", output.ToString());
        Assert.Null(DataMoveCommand.Parse(["--urls", "http://localhost:5000"], out var hostArgs));
        Assert.Equal(["--urls", "http://localhost:5000"], hostArgs);
    }

    private static string Describe(TableEntity entity) =>
        $"{entity.PartitionKey}|{entity.RowKey}|" + string.Join(";", entity.Properties.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value?.GetType().Name}:{(p.Value is byte[] b ? Convert.ToBase64String(b) : p.Value is DateTimeOffset d ? d.UtcTicks.ToString() : Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture))}"));

    private static async Task<string> SayAsync(BotTestHost host, string text, string locale = "fr-FR") =>
        string.Join("\n", (await host.Conversation(MaturityHostFixture.Admin, locale).SendAsync(text)).Select(r => r["text"]?.GetValue<string>() ?? ""));
}
