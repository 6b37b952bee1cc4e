namespace GovernanceBot.Domain.Catalogue.Importing;

/// <summary>
/// Gathers accepted and rejected rows of one file, rejects a second row that carries an id already seen
/// (the file would otherwise contradict itself), and reports progress.
/// </summary>
internal sealed class ImportRowCollector<T>(Func<T, string> idOf, IProgress<ImportProgress>? progress)
{
    public const int ProgressEvery = 250;

    private readonly List<ImportedRecord<T>> _accepted = [];
    private readonly List<RowRejection> _rejected = [];
    private readonly Dictionary<string, int> _rowById = new(StringComparer.OrdinalIgnoreCase);

    public void Accept(int row, T record)
    {
        var id = idOf(record);
        if (_rowById.TryGetValue(id, out var firstRow))
        {
            Reject(row, $"same id '{id}' as row {firstRow}; the first one is kept");
            return;
        }
        _rowById[id] = row;
        _accepted.Add(new ImportedRecord<T>(row, record));
        Report();
    }

    public void Reject(int row, string reason)
    {
        _rejected.Add(new RowRejection(row, reason));
        Report();
    }

    public ImportResult<T> Result()
    {
        progress?.Report(new ImportProgress(_accepted.Count + _rejected.Count, _accepted.Count, _rejected.Count));
        return new ImportResult<T>(_accepted, _rejected);
    }

    private void Report()
    {
        var read = _accepted.Count + _rejected.Count;
        if (read % ProgressEvery == 0) progress?.Report(new ImportProgress(read, _accepted.Count, _rejected.Count));
    }
}
