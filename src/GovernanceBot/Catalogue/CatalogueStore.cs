using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Storage;

namespace GovernanceBot.Catalogue;

/// <summary>
/// Both catalogues in table storage, one table each (see docs/storage.md):
/// <list type="bullet">
/// <item><c>CatalogueUseCases</c> / <c>CatalogueDatasets</c>: PartitionKey = one hex digit of a hash of the
/// record id (16 partitions), RowKey = the id in lower case. "This record" is a point read computed from
/// the id; "everything, to rebuild the search index at start-up" is a scan of 16 partitions; an import
/// writes in entity-group transactions of up to 100 rows per partition.</item>
/// </list>
/// Each entity keeps the record as JSON plus a fingerprint, so a re-import rewrites only what changed.
/// </summary>
public sealed class CatalogueStore(ITableStorage storage)
{
    public const string UseCasesTable = "CatalogueUseCases";
    public const string DatasetsTable = "CatalogueDatasets";

    private const int TransactionSize = 100;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string PartitionOf(string id) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id.ToLowerInvariant())), 0, 1)[..1].ToLowerInvariant();

    public static string RowKeyOf(string id) => TableKeys.Encode(id.ToLowerInvariant());

    public async Task<CatalogueUseCase?> GetUseCaseAsync(string id, CancellationToken cancellationToken) =>
        await Table(CatalogueKind.UseCases).GetAsync(PartitionOf(id), RowKeyOf(id), cancellationToken) is { } entity
            ? Read<CatalogueUseCase>(entity) : null;

    public async Task<CatalogueDataset?> GetDatasetAsync(string id, CancellationToken cancellationToken) =>
        await Table(CatalogueKind.Datasets).GetAsync(PartitionOf(id), RowKeyOf(id), cancellationToken) is { } entity
            ? Read<CatalogueDataset>(entity) : null;

    public async Task<IReadOnlyList<CatalogueUseCase>> LoadUseCasesAsync(CancellationToken cancellationToken) =>
        await LoadAsync<CatalogueUseCase>(CatalogueKind.UseCases, cancellationToken);

    public async Task<IReadOnlyList<CatalogueDataset>> LoadDatasetsAsync(CancellationToken cancellationToken) =>
        await LoadAsync<CatalogueDataset>(CatalogueKind.Datasets, cancellationToken);

    /// <summary>Fingerprint of every stored record of <paramref name="kind"/>, by lower-case id.</summary>
    public async Task<Dictionary<string, string>> FingerprintsAsync(CatalogueKind kind, CancellationToken cancellationToken)
    {
        var fingerprints = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var query = new TableQuery { Select = ["Fingerprint"] };
        await foreach (var entity in Table(kind).QueryAsync(query, cancellationToken))
        {
            fingerprints[TableKeys.Decode(entity.RowKey)] = entity.GetString("Fingerprint") ?? "";
        }
        return fingerprints;
    }

    public static string Fingerprint<T>(T record) => Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(record, Json)), 0, 12);

    /// <summary>
    /// Writes records (insert or replace), one transaction per 100 rows of a partition. Returns how many
    /// were written; a storage failure part-way throws with that count so the caller can say so (a
    /// re-run finishes the job: writes are idempotent).
    /// </summary>
    public async Task WriteAsync<T>(CatalogueKind kind, IReadOnlyList<(string Id, string Name, T Record)> records, Action<int>? progress, CancellationToken cancellationToken)
    {
        var table = Table(kind);
        var written = 0;
        foreach (var partition in records.GroupBy(r => PartitionOf(r.Id)))
        {
            foreach (var chunk in partition.Chunk(TransactionSize))
            {
                var actions = chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(r.Id, r.Name, r.Record))).ToList();
                try
                {
                    await table.SubmitTransactionAsync(actions, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    throw new CatalogueWriteException(written, records.Count, e);
                }
                written += chunk.Length;
                progress?.Invoke(written);
            }
        }
    }

    private ITable Table(CatalogueKind kind) => storage.GetTable(kind == CatalogueKind.UseCases ? UseCasesTable : DatasetsTable);

    private async Task<List<T>> LoadAsync<T>(CatalogueKind kind, CancellationToken cancellationToken)
    {
        var records = new List<T>();
        await foreach (var entity in Table(kind).QueryAsync(new TableQuery(), cancellationToken)) records.Add(Read<T>(entity));
        return records;
    }

    private static TableEntity ToEntity<T>(string id, string name, T record)
    {
        var json = JsonSerializer.Serialize(record, Json);
        return new TableEntity(PartitionOf(id), RowKeyOf(id))
        {
            ["Name"] = name.Length > 500 ? name[..500] : name,
            ["Record"] = json,
            ["Fingerprint"] = Fingerprint(record),
        };
    }

    private static T Read<T>(TableEntity entity) =>
        JsonSerializer.Deserialize<T>(entity.GetString("Record") ?? "null", Json)
            ?? throw new InvalidDataException($"Catalogue row {entity.PartitionKey}/{entity.RowKey} holds no record.");
}
