using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.Domain;
using GovernanceBot.Storage;
using GovernanceBot.Telemetry;

namespace GovernanceBot.DataMove;

/// <summary>
/// The host's command-line modes <c>export &lt;folder&gt;</c> and <c>import-all &lt;folder&gt;</c>: every table of the
/// configured storage to JSON Lines files and back, e.g. SQLite to Azure Table Storage (run the export with the
/// old settings and the import with the new ones). Importing is an upsert by keys, so running it again after a
/// failure is safe. Stop the bot (or every instance's sending) first for a consistent copy.
/// </summary>
public sealed class DataMoveCommand
{
    public const int Success = 0;
    public const int InputRejected = 1;
    public const int StorageFailed = 2;
    public const string SummaryFile = "export.json";

    /// <summary>Entity-group transactions carry at most 100 entities and 4 MiB; stay well inside both.</summary>
    private const int BatchEntities = 100;
    private const int BatchBytes = 2 * 1024 * 1024;

    private DataMoveCommand(bool export, string? folder)
    {
        IsExport = export;
        Folder = folder;
    }

    public bool IsExport { get; }
    public string? Folder { get; }

    /// <summary>The command when <paramref name="args"/> start with "export" or "import-all"; <paramref name="hostArgs"/> is what the host should read.</summary>
    public static DataMoveCommand? Parse(string[] args, out string[] hostArgs)
    {
        hostArgs = args;
        if (args.Length == 0) return null;
        var verb = args[0].ToLowerInvariant();
        if (verb is not ("export" or "import-all")) return null;
        hostArgs = args.Skip(2).ToArray();
        return new DataMoveCommand(verb == "export", args.Length > 1 ? Resolve(args[1]) : null);
    }

    /// <summary>A relative folder is taken from where the command was typed (<c>dotnet run --project</c> runs in the project folder).</summary>
    private static string Resolve(string path)
    {
        if (Path.IsPathRooted(path)) return path;
        var typedIn = Environment.GetEnvironmentVariable("PWD");
        return typedIn is null ? Path.GetFullPath(path) : Path.Combine(typedIn, path);
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? Language.English : Language.French;
        if (string.IsNullOrWhiteSpace(Folder))
        {
            await output.WriteLineAsync(DataMoveTexts.Usage.In(language));
            return InputRejected;
        }
        var storage = services.GetRequiredService<ITableStorage>();
        try
        {
            return IsExport
                ? await ExportAsync(storage, Folder, output, language, cancellationToken)
                : await ImportAsync(storage, Folder, output, language, cancellationToken);
        }
        catch (StorageException e) when (e is not StorageValidationException)
        {
            await output.WriteLineAsync(DataMoveTexts.StorageFailed.In(language, e.Message));
            return StorageFailed;
        }
    }

    public static async Task<int> ExportAsync(ITableStorage storage, string folder, TextWriter output, Language language, CancellationToken cancellationToken)
    {
        if (storage is not ITableListing listing)
        {
            await output.WriteLineAsync(DataMoveTexts.CannotList.In(language));
            return InputRejected;
        }
        if (File.Exists(Path.Combine(folder, SummaryFile)))
        {
            await output.WriteLineAsync(DataMoveTexts.FolderNotEmpty.In(language, folder));
            return InputRejected;
        }
        Directory.CreateDirectory(folder);
        var counts = new JsonObject();
        var total = 0;
        await foreach (var listed in listing.ListTablesAsync(cancellationToken))
        {
            var name = KnownTables.Canonical(listed);
            var count = 0;
            await using (var file = new StreamWriter(Path.Combine(folder, name + TableDump.Extension), append: false, new UTF8Encoding(false)))
            {
                await foreach (var entity in storage.GetTable(name).QueryAsync(new TableQuery(), cancellationToken))
                {
                    await file.WriteLineAsync(TableDump.Write(entity));
                    count++;
                }
            }
            counts[name] = count;
            total += count;
            await output.WriteLineAsync(DataMoveTexts.TableDone.In(language, name, count));
        }
        var summary = new JsonObject
        {
            ["version"] = BotVersion.Current,
            ["exportedAt"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
            ["tables"] = counts,
        };
        // Written last: a folder without it is an export that did not finish.
        await File.WriteAllTextAsync(Path.Combine(folder, SummaryFile), summary.ToJsonString(new JsonSerializerOptions { WriteIndented = true }), cancellationToken);
        await output.WriteLineAsync(DataMoveTexts.Exported.In(language, counts.Count, total, folder));
        return Success;
    }

    public static async Task<int> ImportAsync(ITableStorage storage, string folder, TextWriter output, Language language, CancellationToken cancellationToken)
    {
        var summaryPath = Path.Combine(folder, SummaryFile);
        if (!File.Exists(summaryPath))
        {
            await output.WriteLineAsync(DataMoveTexts.NoExport.In(language, folder, SummaryFile));
            return InputRejected;
        }
        var tables = JsonNode.Parse(await File.ReadAllTextAsync(summaryPath, cancellationToken))?["tables"]?.AsObject()
            ?? throw new FormatException($"{SummaryFile} has no tables.");
        var result = Success;
        var total = 0;
        foreach (var (exported, expectedNode) in tables)
        {
            var name = KnownTables.Canonical(exported);
            var expected = expectedNode?.GetValue<int>() ?? 0;
            var (written, problem) = await ImportTableAsync(storage.GetTable(name), Path.Combine(folder, exported + TableDump.Extension), language, cancellationToken);
            total += written;
            if (problem is not null)
            {
                await output.WriteLineAsync(problem);
                result = InputRejected;
                continue;
            }
            await output.WriteLineAsync(DataMoveTexts.TableDone.In(language, name, written));
            if (written != expected)
            {
                await output.WriteLineAsync(DataMoveTexts.CountMismatch.In(language, name, written, expected));
                result = InputRejected;
            }
        }
        await output.WriteLineAsync(DataMoveTexts.Imported.In(language, tables.Count, total));
        return result;
    }

    /// <summary>Writes a table's file in same-partition batches (the export is in key order); stops at the first unreadable line.</summary>
    private static async Task<(int Written, string? Problem)> ImportTableAsync(ITable table, string path, Language language, CancellationToken cancellationToken)
    {
        var batch = new List<TableTransactionAction>();
        var batchBytes = 0;
        var written = 0;
        var lineNumber = 0;
        async Task FlushAsync()
        {
            if (batch.Count == 0) return;
            await table.SubmitTransactionAsync(batch, cancellationToken);
            written += batch.Count;
            batch = [];
            batchBytes = 0;
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (line.Length == 0) continue;
            TableEntity entity;
            try
            {
                entity = TableDump.Read(line);
            }
            catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException or OverflowException)
            {
                await FlushAsync();
                return (written, DataMoveTexts.BadLine.In(language, Path.GetFileName(path), lineNumber, e.Message));
            }
            if (batch.Count > 0 && (batch[0].Entity.PartitionKey != entity.PartitionKey || batch.Count == BatchEntities || batchBytes + line.Length > BatchBytes))
                await FlushAsync();
            batch.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
            batchBytes += line.Length;
        }
        await FlushAsync();
        return (written, null);
    }
}
