using System.Globalization;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Importing;

namespace GovernanceBot.Catalogue;

/// <summary>
/// The host's command-line mode <c>import usecases &lt;file&gt;</c> / <c>import datasets &lt;file&gt;</c>: the
/// layout is recognised from the content, a progress line shows while reading and writing, a summary
/// lists rejected rows, and the exit code is non-zero when the file is refused or storage fails.
/// </summary>
public sealed class CatalogueImportCommand
{
    public const int Success = 0;
    public const int FileRejected = 1;
    public const int StorageFailed = 2;

    /// <summary>Rejected rows printed in full; beyond that, a count.</summary>
    private const int RejectionsShown = 25;

    private CatalogueImportCommand(CatalogueKind? kind, string? path)
    {
        Kind = kind;
        Path = path;
    }

    public CatalogueKind? Kind { get; }
    public string? Path { get; }

    /// <summary>The command when <paramref name="args"/> start with "import"; <paramref name="hostArgs"/> is what the host itself should read.</summary>
    public static CatalogueImportCommand? Parse(string[] args, out string[] hostArgs)
    {
        hostArgs = args;
        if (args.Length == 0 || !args[0].Equals("import", StringComparison.OrdinalIgnoreCase)) return null;
        hostArgs = args.Skip(3).ToArray();
        CatalogueKind? kind = args.Length > 1 ? args[1].ToLowerInvariant() switch
        {
            "usecases" or "use-cases" or "cas-usage" => CatalogueKind.UseCases,
            "datasets" or "jeux-de-donnees" => CatalogueKind.Datasets,
            _ => null,
        } : null;
        return new CatalogueImportCommand(kind, args.Length > 2 ? Resolve(args[2]) : null);
    }

    /// <summary>
    /// <c>dotnet run --project</c> starts the host in the project folder: a relative path is taken from the
    /// folder the command was typed in (the shell's PWD) when it names a file there.
    /// </summary>
    internal static string Resolve(string path)
    {
        if (System.IO.Path.IsPathRooted(path) || File.Exists(path)) return path;
        var typedIn = Environment.GetEnvironmentVariable("PWD");
        var candidate = typedIn is null ? path : System.IO.Path.Combine(typedIn, path);
        return File.Exists(candidate) ? candidate : path;
    }

    public async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? Language.English : Language.French;
        if (Kind is not { } kind || string.IsNullOrWhiteSpace(Path))
        {
            await output.WriteLineAsync(CatalogueTexts.ImportUsage.In(language));
            return FileRejected;
        }
        if (!File.Exists(Path))
        {
            await output.WriteLineAsync(CatalogueTexts.ImportFileMissing.In(language, System.IO.Path.GetFullPath(Path)));
            return FileRejected;
        }

        var runner = services.GetRequiredService<CatalogueImportRunner>();
        var progress = new ProgressLine(output, language);
        try
        {
            await using var file = File.OpenRead(Path);
            var summary = await runner.ImportAsync(kind, file, System.IO.Path.GetFileName(Path), progress, cancellationToken);
            progress.Finish();
            foreach (var line in Summarise(summary, language)) await output.WriteLineAsync(line);
            return Success;
        }
        catch (CatalogueFileException rejected)
        {
            progress.Finish();
            await output.WriteLineAsync(CatalogueTexts.ImportFileRejected.In(language, rejected.Message));
            return FileRejected;
        }
        catch (CatalogueWriteException failed)
        {
            progress.Finish();
            await output.WriteLineAsync(CatalogueTexts.ImportStorageFailed.In(language, failed.Written, failed.Total));
            return StorageFailed;
        }
    }

    public static IEnumerable<string> Summarise(CatalogueImportSummary summary, Language language, int shown = RejectionsShown)
    {
        yield return CatalogueTexts.ImportDone.In(language, CatalogueWords.Format(summary.Format, language),
            summary.RowsRead, summary.Created, summary.Updated, summary.Unchanged, summary.Rejected.Count);
        foreach (var rejection in summary.Rejected.Take(shown))
        {
            yield return "  " + CatalogueTexts.ImportRejectedRow.In(language, rejection.Row, rejection.Reason);
        }
        if (summary.Rejected.Count > shown)
        {
            yield return "  " + CatalogueTexts.ImportMoreRejected.In(language, summary.Rejected.Count - shown);
        }
    }

    /// <summary>One line rewritten in place on a terminal; every thousand rows a new line when redirected.</summary>
    private sealed class ProgressLine(TextWriter output, Language language) : IProgress<CatalogueImportRunner.Step>
    {
        private readonly bool _interactive = !Console.IsOutputRedirected && ReferenceEquals(output, Console.Out);
        private bool _dirty;

        public void Report(CatalogueImportRunner.Step step)
        {
            var text = step.Phase == "read"
                ? CatalogueTexts.ImportReading.In(language, step.Done)
                : CatalogueTexts.ImportWriting.In(language, step.Done, step.Total);
            if (_interactive)
            {
                output.Write("\r" + text.PadRight(60));
                _dirty = true;
            }
            else if (step.Done % 1000 == 0 || step.Phase == "write" && step.Done == step.Total)
            {
                output.WriteLine(text);
            }
        }

        public void Finish()
        {
            if (_dirty) output.WriteLine();
            _dirty = false;
        }
    }
}
