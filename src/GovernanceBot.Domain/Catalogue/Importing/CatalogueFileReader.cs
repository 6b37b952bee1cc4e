namespace GovernanceBot.Domain.Catalogue.Importing;

/// <summary>
/// One entry point for a file an admin hands over: reads it whole (bounded), detects its layout, and
/// runs the matching importer. The result is either a complete list of accepted and rejected rows or a
/// <see cref="CatalogueFileException"/> — never part of a file.
/// </summary>
public static class CatalogueFileReader
{
    /// <summary>Largest file accepted: the federal inventory is 3 MB, the biggest agency data.json about 30 MB.</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    private const int HeadBytes = 64 * 1024;

    public static (CatalogueFileFormat Format, ImportResult<CatalogueUseCase> Result) ReadUseCases(
        Stream stream, string? fileName, IProgress<ImportProgress>? progress = null)
    {
        var bytes = ReadAll(stream);
        var format = CatalogueFileDetector.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, HeadBytes)), fileName, CatalogueKind.UseCases);
        using var content = new MemoryStream(bytes, writable: false);
        var result = format switch
        {
            CatalogueFileFormat.FederalInventoryCsv => FederalInventoryImporter.Read(content, progress),
            CatalogueFileFormat.UseCasesJson => OwnLayoutImporter.ReadUseCasesJson(content, progress),
            _ => OwnLayoutImporter.ReadUseCasesCsv(content, progress),
        };
        return (format, result);
    }

    public static (CatalogueFileFormat Format, ImportResult<CatalogueDataset> Result) ReadDatasets(
        Stream stream, string? fileName, IProgress<ImportProgress>? progress = null)
    {
        var bytes = ReadAll(stream);
        var format = CatalogueFileDetector.Detect(bytes.AsSpan(0, Math.Min(bytes.Length, HeadBytes)), fileName, CatalogueKind.Datasets);
        using var content = new MemoryStream(bytes, writable: false);
        var result = format switch
        {
            CatalogueFileFormat.DcatUsJson => DcatUsImporter.Read(content, progress),
            CatalogueFileFormat.DatasetsJson => OwnLayoutImporter.ReadDatasetsJson(content, progress),
            _ => OwnLayoutImporter.ReadDatasetsCsv(content, progress),
        };
        return (format, result);
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBytes) throw new CatalogueFileException($"The file is larger than {MaxBytes / (1024 * 1024)} MB.");
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
