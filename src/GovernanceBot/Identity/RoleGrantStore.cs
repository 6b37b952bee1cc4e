using GovernanceBot.Storage;

namespace GovernanceBot.Identity;

/// <summary>
/// Roles granted from the bot, in the <c>RoleGrants</c> table: PartitionKey <c>grant</c>, RowKey
/// <c>&lt;Role&gt;_&lt;encoded identifier&gt;</c> ("who holds which role?" — one small partition read, kept for
/// <see cref="Freshness"/> so a turn costs one storage read for the caller's profile only; a grant or revocation
/// is effective at once on the instance that made it and within that time on the others); PartitionKey
/// <c>log</c>, RowKey inverted ticks + id ("who changed which role, when?", newest first).
/// </summary>
public sealed class RoleGrantStore(ITableStorage storage, TimeProvider? clock = null)
{
    /// <summary>How long the grant list read on one instance is reused before it is read again.</summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(5);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private (IReadOnlyList<RoleGrant> Grants, DateTimeOffset ReadAt)? _cached;

    public const string TableName = "RoleGrants";
    private const string GrantPartition = "grant";
    private const string LogPartition = "log";

    private ITable Table => storage.GetTable(TableName);

    public async Task<IReadOnlyList<RoleGrant>> ListAsync(CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        if (_cached is { } cached && now - cached.ReadAt < Freshness) return cached.Grants;
        var grants = await ReadAsync(cancellationToken);
        _cached = (grants, now);
        return grants;
    }

    private async Task<IReadOnlyList<RoleGrant>> ReadAsync(CancellationToken cancellationToken)
    {
        var grants = new List<RoleGrant>();
        await foreach (var entity in Table.QueryAsync(TableQuery.InPartition(GrantPartition), cancellationToken))
        {
            if (!Enum.TryParse<Role>(entity.GetString("Role"), out var role)) continue;
            grants.Add(new RoleGrant(role, entity.GetString("Identifier")!, entity.GetString("Name"), entity.GetString("GrantedBy")!, entity.GetDateTimeOffset("GrantedAt")!.Value));
        }
        return grants;
    }

    /// <summary>Grants (again, refreshing who and when) and logs it.</summary>
    public async Task GrantAsync(RoleGrant grant, CancellationToken cancellationToken)
    {
        await Table.UpsertAsync(new TableEntity(GrantPartition, RowKey(grant.Role, grant.Identifier))
        {
            ["Role"] = grant.Role.ToString(),
            ["Identifier"] = grant.Identifier,
            ["Name"] = grant.Name,
            ["GrantedBy"] = grant.GrantedBy,
            ["GrantedAt"] = grant.GrantedAt,
        }, TableUpdateMode.Replace, cancellationToken);
        _cached = null;
        await LogAsync("grant", grant, cancellationToken);
    }

    /// <summary>Revokes; returns false when the role was not granted from the bot.</summary>
    public async Task<bool> RevokeAsync(RoleGrant revocation, CancellationToken cancellationToken)
    {
        var key = RowKey(revocation.Role, revocation.Identifier);
        if (await Table.GetAsync(GrantPartition, key, cancellationToken) is null) return false;
        await Table.DeleteAsync(GrantPartition, key, "*", cancellationToken);
        _cached = null;
        await LogAsync("revoke", revocation, cancellationToken);
        return true;
    }

    private Task LogAsync(string action, RoleGrant grant, CancellationToken cancellationToken) =>
        Table.AddAsync(new TableEntity(LogPartition, TableKeys.InvertedTicks(grant.GrantedAt) + "_" + Guid.NewGuid().ToString("N"))
        {
            ["Action"] = action,
            ["Role"] = grant.Role.ToString(),
            ["Identifier"] = grant.Identifier,
            ["Name"] = grant.Name,
            ["By"] = grant.GrantedBy,
            ["At"] = grant.GrantedAt,
        }, cancellationToken);

    private static string RowKey(Role role, string identifier) => role + "_" + TableKeys.Encode(identifier.Trim().ToLowerInvariant());
}
