using GovernanceBot.Storage;

namespace GovernanceBot.Hubs;

/// <summary>
/// Hubs in the <c>Hubs</c> table: one partition "hub" (a few dozen rows, always listed whole),
/// RowKey = hub id ("is there a hub with this id?").
/// </summary>
internal sealed class HubDirectory(ITableStorage storage, TimeProvider clock) : IHubDirectory
{
    public const string TableName = "Hubs";
    private const string Partition = "hub";

    private ITable Table => storage.GetTable(TableName);

    public async Task<IReadOnlyList<Hub>> ListAsync(CancellationToken cancellationToken)
    {
        var hubs = new List<Hub>();
        await foreach (var entity in Table.QueryAsync(TableQuery.InPartition(Partition), cancellationToken)) hubs.Add(ToHub(entity));
        return hubs.OrderBy(h => h.Name, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    public async Task<Hub?> FindAsync(string hubId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(hubId) || hubId.Length > HubIds.MaxLength || hubId != HubIds.FromName(hubId)) return null;
        var entity = await Table.GetAsync(Partition, hubId, cancellationToken);
        return entity is null ? null : ToHub(entity);
    }

    public async Task<Hub> AddAsync(string name, string? createdBy, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        var id = HubIds.FromName(trimmed);
        if (id.Length == 0) throw new ArgumentException("A hub name needs at least one letter or digit.", nameof(name));
        if (id.Length > HubIds.MaxLength) throw new ArgumentException($"A hub's id is at most {HubIds.MaxLength} characters.", nameof(name));
        var hub = new Hub(id, trimmed, clock.GetUtcNow(), createdBy);
        try
        {
            var entity = new TableEntity(Partition, id) { ["Name"] = hub.Name, ["CreatedAt"] = hub.CreatedAt };
            if (createdBy is not null) entity["CreatedBy"] = createdBy;
            await Table.AddAsync(entity, cancellationToken);
        }
        catch (EntityAlreadyExistsException)
        {
            throw new DuplicateHubException((await FindAsync(id, cancellationToken))!);
        }
        return hub;
    }

    private static Hub ToHub(TableEntity entity) =>
        new(entity.RowKey, entity.GetString("Name") ?? entity.RowKey, entity.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue, entity.GetString("CreatedBy"));
}
