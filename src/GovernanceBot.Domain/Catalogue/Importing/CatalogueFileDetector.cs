using System.Text;

namespace GovernanceBot.Domain.Catalogue.Importing;

/// <summary>
/// Decides a file's layout from its content (JSON or CSV, which keys or columns), using the extension
/// only to break a tie, and checks it holds the kind of records the admin asked to import.
/// </summary>
public static class CatalogueFileDetector
{
    public static CatalogueFileFormat Detect(ReadOnlySpan<byte> head, string? fileName, CatalogueKind expected)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.Length == 0) throw new CatalogueFileException("The file is empty.");
        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        var looksJson = text[0] is '{' or '[';
        if (!looksJson && extension == ".json") throw new CatalogueFileException("The file is named .json but does not start like JSON.");

        var format = looksJson ? DetectJson(text, expected) : DetectCsv(text, expected);
        var kind = KindOf(format);
        if (kind != expected)
        {
            throw new CatalogueFileException(kind == CatalogueKind.Datasets
                ? "This file holds datasets, not use cases: import it with 'import datasets'."
                : "This file holds use cases, not datasets: import it with 'import usecases'.");
        }
        return format;
    }

    /// <summary>
    /// Which catalogue a file sent without saying (a chat upload) holds, from its content alone; a CSV
    /// whose columns fit both layouts equally is refused rather than guessed.
    /// </summary>
    public static CatalogueKind DetectKind(ReadOnlySpan<byte> head, string? fileName)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.Length == 0) throw new CatalogueFileException("The file is empty.");
        if (text[0] is '{' or '[')
        {
            if (Contains(text, "\"useCases\"") || Contains(text, "\"use_cases\"")) return CatalogueKind.UseCases;
            if (Contains(text, "project-open-data") || Contains(text, "\"dataset\"") || Contains(text, "\"datasets\"") || Contains(text, "\"accessLevel\"")) return CatalogueKind.Datasets;
            throw new CatalogueFileException("The JSON file says neither \"useCases\" nor \"datasets\" (nor is it a DCAT-US data.json).");
        }
        if (Path.GetExtension(fileName ?? "").Equals(".json", StringComparison.OrdinalIgnoreCase))
            throw new CatalogueFileException("The file is named .json but does not start like JSON.");
        var headerLine = text.Split('\n', 2)[0].ToLowerInvariant();
        var columns = headerLine.Split([',', ';', '\t']).Select(c => c.Trim().Trim('"').Replace(' ', '_')).ToHashSet();
        if (FederalInventoryImporter.RequiredColumns.All(columns.Contains)) return CatalogueKind.UseCases;
        var useCaseHits = OwnLayout.UseCaseColumns.Except(OwnLayout.DatasetColumns).Count(columns.Contains);
        var datasetHits = OwnLayout.DatasetColumns.Except(OwnLayout.UseCaseColumns).Count(columns.Contains);
        if (useCaseHits == datasetHits)
            throw new CatalogueFileException($"The CSV columns do not tell use cases from datasets: {headerLine.Trim()}");
        return useCaseHits > datasetHits ? CatalogueKind.UseCases : CatalogueKind.Datasets;
    }

    public static CatalogueKind KindOf(CatalogueFileFormat format) => format switch
    {
        CatalogueFileFormat.UseCasesCsv or CatalogueFileFormat.UseCasesJson or CatalogueFileFormat.FederalInventoryCsv => CatalogueKind.UseCases,
        _ => CatalogueKind.Datasets,
    };

    private static CatalogueFileFormat DetectJson(string text, CatalogueKind expected)
    {
        if (Contains(text, "\"useCases\"") || Contains(text, "\"use_cases\"")) return CatalogueFileFormat.UseCasesJson;
        if (Contains(text, "project-open-data") || Contains(text, "\"dataset\"") || Contains(text, "\"accessLevel\"")) return CatalogueFileFormat.DcatUsJson;
        if (Contains(text, "\"datasets\"")) return CatalogueFileFormat.DatasetsJson;
        // A bare array: the admin said what it holds.
        return expected == CatalogueKind.UseCases ? CatalogueFileFormat.UseCasesJson : CatalogueFileFormat.DatasetsJson;
    }

    private static CatalogueFileFormat DetectCsv(string text, CatalogueKind expected)
    {
        var headerLine = text.Split('\n', 2)[0].ToLowerInvariant();
        var columns = headerLine.Split([',', ';', '\t']).Select(c => c.Trim().Trim('"').Replace(' ', '_')).ToHashSet();
        if (FederalInventoryImporter.RequiredColumns.All(columns.Contains)) return CatalogueFileFormat.FederalInventoryCsv;
        if (!columns.Contains("name")) throw new CatalogueFileException($"The CSV header has no 'name' column and is not the federal inventory's: {headerLine.Trim()}");
        var useCaseHits = OwnLayout.UseCaseColumns.Except(OwnLayout.DatasetColumns).Count(columns.Contains);
        var datasetHits = OwnLayout.DatasetColumns.Except(OwnLayout.UseCaseColumns).Count(columns.Contains);
        if (useCaseHits == datasetHits) return expected == CatalogueKind.UseCases ? CatalogueFileFormat.UseCasesCsv : CatalogueFileFormat.DatasetsCsv;
        return useCaseHits > datasetHits ? CatalogueFileFormat.UseCasesCsv : CatalogueFileFormat.DatasetsCsv;
    }

    private static bool Contains(string text, string value) => text.Contains(value, StringComparison.Ordinal);
}
