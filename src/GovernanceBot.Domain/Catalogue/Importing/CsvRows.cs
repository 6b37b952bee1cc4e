using nietras.SeparatedValues;

namespace GovernanceBot.Domain.Catalogue.Importing;

/// <summary>
/// Reads a CSV file (comma, semicolon or tab, quoted multi-line cells, UTF-8 with or without BOM) row by
/// row with its header, and refuses a file whose last row stops short: that is a truncated file.
/// </summary>
internal static class CsvRows
{
    public static IEnumerable<(int Row, IRowFields Fields, string? Problem)> Read(Stream stream, IReadOnlyCollection<string> requiredColumns)
    {
        using var text = new StreamReader(stream, detectEncodingFromByteOrderMarks: true);
        using var reader = Open(text);
        var header = reader.Header.ColNames.Select(Normalise).ToArray();
        if (header.Length == 0) throw new CatalogueFileException("The file is empty.");
        var missing = requiredColumns.Where(c => !header.Contains(c)).ToArray();
        if (missing.Length > 0)
        {
            throw new CatalogueFileException($"Missing column(s): {string.Join(", ", missing)}. Columns found: {string.Join(", ", header.Take(12))}.");
        }
        var index = header.Select((name, i) => (name, i)).GroupBy(p => p.name).ToDictionary(g => g.Key, g => g.First().i);

        var row = 0;
        (int Row, CsvRowFields Fields, string? Problem)? pending = null;
        while (MoveNext(reader, row))
        {
            if (pending is { } previous) yield return previous;
            pending = null;
            row++;
            var cells = Cells(reader);
            if (cells.All(string.IsNullOrWhiteSpace)) continue;
            var problem = cells.Length == header.Length ? null : $"has {cells.Length} cells where the header has {header.Length}";
            pending = (row, new CsvRowFields(index, cells), problem);
        }
        if (pending is { } last)
        {
            if (last.Fields.CellCount < header.Length)
            {
                throw new CatalogueFileException(
                    $"The last row ({last.Row}) stops after {last.Fields.CellCount} of {header.Length} cells: the file looks truncated. Nothing was imported.");
            }
            yield return last;
        }
    }

    private static SepReader Open(TextReader text)
    {
        try
        {
            return Sep.Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true }).From(text);
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException)
        {
            throw new CatalogueFileException("The CSV header cannot be read: " + e.Message, e);
        }
    }

    private static string[] Cells(SepReader reader)
    {
        var current = reader.Current;
        var cells = new string[current.ColCount];
        for (var i = 0; i < cells.Length; i++) cells[i] = current[i].ToString();
        return cells;
    }

    private static bool MoveNext(SepReader rows, int row)
    {
        try
        {
            return rows.MoveNext();
        }
        catch (Exception e) when (e is InvalidDataException or ArgumentException)
        {
            throw new CatalogueFileException($"The CSV cannot be read after row {row}: {e.Message.Split('\n')[0]} Nothing was imported.", e);
        }
    }

    private static string Normalise(string column) => column.Trim().Trim('\uFEFF', '"').Trim().ToLowerInvariant().Replace(' ', '_');

    private sealed class CsvRowFields(Dictionary<string, int> index, string[] cells) : IRowFields
    {
        public int CellCount => cells.Length;

        public string Text(string column, int maxLength = FieldText.MaxLength) =>
            index.TryGetValue(column, out var i) && i < cells.Length ? FieldText.Clean(cells[i], maxLength) : "";

        public IReadOnlyList<string> List(string column) =>
            index.TryGetValue(column, out var i) && i < cells.Length ? FieldText.List(cells[i]) : [];
    }
}
