using System.Text.Json;

namespace GovernanceBot.Domain.Catalogue.Importing;

/// <summary>Reads the project's own CSV and JSON layouts (see <see cref="OwnLayout"/>).</summary>
public static class OwnLayoutImporter
{
    public static ImportResult<CatalogueUseCase> ReadUseCasesCsv(Stream stream, IProgress<ImportProgress>? progress = null) =>
        ReadCsv(stream, ["name"], row => OwnLayout.UseCase(row, CatalogueSources.OwnCsv), u => u.Id, progress);

    public static ImportResult<CatalogueDataset> ReadDatasetsCsv(Stream stream, IProgress<ImportProgress>? progress = null) =>
        ReadCsv(stream, ["name"], row => OwnLayout.Dataset(row, CatalogueSources.OwnCsv), d => d.Id, progress);

    /// <summary>Reads <c>{"useCases": [ {...}, ... ]}</c> or a bare array of use case objects.</summary>
    public static ImportResult<CatalogueUseCase> ReadUseCasesJson(Stream stream, IProgress<ImportProgress>? progress = null) =>
        ReadJson(stream, "useCases", row => OwnLayout.UseCase(row, CatalogueSources.OwnJson), u => u.Id, progress);

    /// <summary>Reads <c>{"datasets": [ {...}, ... ]}</c> or a bare array of dataset objects.</summary>
    public static ImportResult<CatalogueDataset> ReadDatasetsJson(Stream stream, IProgress<ImportProgress>? progress = null) =>
        ReadJson(stream, "datasets", row => OwnLayout.Dataset(row, CatalogueSources.OwnJson), d => d.Id, progress);

    private static ImportResult<T> ReadCsv<T>(
        Stream stream, string[] required, Func<IRowFields, (T?, string?)> map, Func<T, string> idOf, IProgress<ImportProgress>? progress)
        where T : class
    {
        var collector = new ImportRowCollector<T>(idOf, progress);
        foreach (var (row, fields, problem) in CsvRows.Read(stream, required))
        {
            if (problem is not null)
            {
                collector.Reject(row, problem);
                continue;
            }
            Collect(collector, row, map(fields));
        }
        return collector.Result();
    }

    private static ImportResult<T> ReadJson<T>(
        Stream stream, string arrayName, Func<IRowFields, (T?, string?)> map, Func<T, string> idOf, IProgress<ImportProgress>? progress)
        where T : class
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new CatalogueFileException($"The JSON cannot be read (line {e.LineNumber + 1}): the file is malformed or truncated. Nothing was imported.", e);
        }
        using (document)
        {
            var root = document.RootElement;
            var items = root.ValueKind == JsonValueKind.Array ? root
                : JsonValues.Property(root, arrayName) is { ValueKind: JsonValueKind.Array } array ? array
                : throw new CatalogueFileException($"The JSON has no \"{arrayName}\" array.");
            var collector = new ImportRowCollector<T>(idOf, progress);
            var row = 0;
            foreach (var item in items.EnumerateArray())
            {
                row++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    collector.Reject(row, "is not a JSON object");
                    continue;
                }
                Collect(collector, row, map(new JsonRowFields(item)));
            }
            return collector.Result();
        }
    }

    private static void Collect<T>(ImportRowCollector<T> collector, int row, (T? Record, string? Problem) mapped)
        where T : class
    {
        if (mapped.Record is { } record) collector.Accept(row, record);
        else collector.Reject(row, mapped.Problem ?? "cannot be read");
    }

    private sealed class JsonRowFields(JsonElement item) : IRowFields
    {
        public string Text(string column, int maxLength = FieldText.MaxLength) =>
            JsonValues.Text(item, Resolve(column), maxLength);

        public IReadOnlyList<string> List(string column) => JsonValues.List(item, Resolve(column));

        /// <summary>Accepts "contact_email" and "contactEmail" alike.</summary>
        private string Resolve(string column)
        {
            if (item.TryGetProperty(column, out _)) return column;
            var parts = column.Split('_');
            return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
        }
    }
}
