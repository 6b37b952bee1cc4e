using GovernanceBot.Catalogue.Links;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Importing;

namespace GovernanceBot.Catalogue;

/// <summary>
/// Imports one file into a catalogue: reads it whole (a bad file changes nothing), compares each record
/// with the stored one by fingerprint, writes only new and changed records, then updates the search.
/// Records keep stable ids, so importing the same file twice creates nothing the second time. An import
/// that changed records stores the catalogue's link suggestions again (<see cref="LinkSuggestionRefresh"/>).
/// </summary>
public sealed class CatalogueImportRunner(CatalogueStore store, CatalogueService service, LinkSuggestionRefresh suggestions)
{
    /// <summary>Reports "reading" and "writing" steps with counts, for the command line's progress line.</summary>
    public sealed record Step(string Phase, int Done, int Total);

    public async Task<CatalogueImportSummary> ImportAsync(
        CatalogueKind kind, Stream file, string fileName, IProgress<Step>? progress, CancellationToken cancellationToken)
    {
        var reading = progress is null ? null : new Progress(p => progress.Report(new Step("read", p.RowsRead, 0)));
        if (kind == CatalogueKind.UseCases)
        {
            var (format, result) = CatalogueFileReader.ReadUseCases(file, fileName, reading);
            var (created, updated, unchanged) = await WriteAsync(kind, result, u => u.Id, u => u.Name, progress, cancellationToken);
            await service.ApplyAsync(Changed(result, created, updated, u => u.Id), [], cancellationToken);
            if (created.Count + updated.Count > 0) await suggestions.RefreshAfterImportAsync(cancellationToken);
            return new CatalogueImportSummary(kind, format, result.RowsRead, created.Count, updated.Count, unchanged, result.Rejected);
        }
        else
        {
            var (format, result) = CatalogueFileReader.ReadDatasets(file, fileName, reading);
            var (created, updated, unchanged) = await WriteAsync(kind, result, d => d.Id, d => d.Name, progress, cancellationToken);
            await service.ApplyAsync([], Changed(result, created, updated, d => d.Id), cancellationToken);
            if (created.Count + updated.Count > 0) await suggestions.RefreshAfterImportAsync(cancellationToken);
            return new CatalogueImportSummary(kind, format, result.RowsRead, created.Count, updated.Count, unchanged, result.Rejected);
        }
    }

    private async Task<(HashSet<string> Created, HashSet<string> Updated, int Unchanged)> WriteAsync<T>(
        CatalogueKind kind, ImportResult<T> result, Func<T, string> idOf, Func<T, string> nameOf, IProgress<Step>? progress, CancellationToken cancellationToken)
    {
        if (result.Accepted.Count == 0)
        {
            throw new CatalogueFileException(result.Rejected.Count == 0 ? "The file holds no records." : "No row of the file could be imported.");
        }
        var stored = await store.FingerprintsAsync(kind, cancellationToken);
        var created = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var updated = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var toWrite = new List<(string, string, T)>();
        foreach (var record in result.Accepted.Select(a => a.Record))
        {
            var id = idOf(record);
            if (!stored.TryGetValue(id, out var fingerprint)) created.Add(id);
            else if (fingerprint != CatalogueStore.Fingerprint(record)) updated.Add(id);
            else continue;
            toWrite.Add((id, nameOf(record), record));
        }
        await store.WriteAsync(kind, toWrite, written => progress?.Report(new Step("write", written, toWrite.Count)), cancellationToken);
        return (created, updated, result.Accepted.Count - toWrite.Count);
    }

    private static List<T> Changed<T>(ImportResult<T> result, HashSet<string> created, HashSet<string> updated, Func<T, string> idOf) =>
        result.Accepted.Select(a => a.Record).Where(r => created.Contains(idOf(r)) || updated.Contains(idOf(r))).ToList();

    private sealed class Progress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
