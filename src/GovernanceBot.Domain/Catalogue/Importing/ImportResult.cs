namespace GovernanceBot.Domain.Catalogue.Importing;

/// <summary>
/// What an importer made of a whole file: the records it accepted (each with its row) and the rows it
/// rejected with a reason. A file that cannot be read at all throws <see cref="CatalogueFileException"/>
/// instead, so nothing is ever applied from a half-read file.
/// </summary>
public sealed record ImportResult<T>(IReadOnlyList<ImportedRecord<T>> Accepted, IReadOnlyList<RowRejection> Rejected)
{
    public int RowsRead => Accepted.Count + Rejected.Count;
}

/// <summary>An accepted record and the row (1-based data row, or array index + 1) it came from.</summary>
public sealed record ImportedRecord<T>(int Row, T Record);

/// <summary>A row left out of the import and why, in words an admin can act on.</summary>
public sealed record RowRejection(int Row, string Reason);
