using GovernanceBot.Storage;

namespace GovernanceBot.Delivery.Channels;

/// <summary>
/// Two tables:
/// <list type="bullet">
/// <item><c>ChannelRegistrations</c>: PartitionKey = purpose, RowKey = encoded channel id — "where do Copil
/// posts go?" is one partition query; a channel may serve several purposes, a purpose several channels.</item>
/// <item><c>TeamChannels</c>: PartitionKey = encoded team id, RowKey = encoded channel id — each team's
/// channels as Teams reported them (created, renamed, deleted) and whether the bot is still in the team.</item>
/// </list>
/// </summary>
public sealed class ChannelStore(ITableStorage storage)
{
    public const string RegistrationsTable = "ChannelRegistrations";
    public const string ChannelsTable = "TeamChannels";

    private ITable Registrations => storage.GetTable(RegistrationsTable);
    private ITable Channels => storage.GetTable(ChannelsTable);

    public Task RegisterAsync(ChannelRegistration r, CancellationToken cancellationToken) =>
        Registrations.UpsertAsync(new TableEntity(r.Purpose, TableKeys.Encode(r.TeamsChannelId))
        {
            ["Purpose"] = r.Purpose,
            ["TeamsChannelId"] = r.TeamsChannelId,
            ["ChannelName"] = r.ChannelName,
            ["TeamId"] = r.TeamId,
            ["TeamName"] = r.TeamName,
            ["ServiceUrl"] = r.ServiceUrl,
            ["TenantId"] = r.TenantId,
            ["BotId"] = r.BotId,
            ["RegisteredBy"] = r.RegisteredBy,
            ["RegisteredAt"] = r.RegisteredAt,
        }, TableUpdateMode.Replace, cancellationToken);

    /// <summary>Removes the channel from <paramref name="purpose"/>; false when it was not registered for it.</summary>
    public async Task<bool> UnregisterAsync(string purpose, string teamsChannelId, CancellationToken cancellationToken)
    {
        if (await Registrations.GetAsync(purpose, TableKeys.Encode(teamsChannelId), cancellationToken) is null) return false;
        await Registrations.DeleteAsync(purpose, TableKeys.Encode(teamsChannelId), "*", cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<ChannelRegistration>> ListAsync(string? purpose, CancellationToken cancellationToken)
    {
        var list = new List<ChannelRegistration>();
        var query = purpose is null ? new TableQuery() : TableQuery.InPartition(purpose);
        await foreach (var e in Registrations.QueryAsync(query, cancellationToken))
        {
            list.Add(new ChannelRegistration(e.GetString("Purpose")!, e.GetString("TeamsChannelId")!, e.GetString("ChannelName"), e.GetString("TeamId"),
                e.GetString("TeamName"), e.GetString("ServiceUrl")!, e.GetString("TenantId"), e.GetString("BotId") ?? "", e.GetString("RegisteredBy") ?? "",
                e.GetDateTimeOffset("RegisteredAt") ?? DateTimeOffset.MinValue));
        }
        return list;
    }

    public Task SaveChannelAsync(TrackedChannel c, CancellationToken cancellationToken) =>
        Channels.UpsertAsync(new TableEntity(TableKeys.Encode(c.TeamId), TableKeys.Encode(c.TeamsChannelId))
        {
            ["TeamId"] = c.TeamId,
            ["TeamsChannelId"] = c.TeamsChannelId,
            ["Name"] = c.Name,
            ["TeamName"] = c.TeamName,
            ["Deleted"] = c.Deleted,
            ["BotRemoved"] = c.BotRemoved,
            ["UpdatedAt"] = c.UpdatedAt,
        }, TableUpdateMode.Replace, cancellationToken);

    public async Task<TrackedChannel?> FindChannelAsync(string teamId, string teamsChannelId, CancellationToken cancellationToken) =>
        await Channels.GetAsync(TableKeys.Encode(teamId), TableKeys.Encode(teamsChannelId), cancellationToken) is { } e ? ToChannel(e) : null;

    public async Task<IReadOnlyList<TrackedChannel>> ListTeamAsync(string teamId, CancellationToken cancellationToken)
    {
        var list = new List<TrackedChannel>();
        await foreach (var e in Channels.QueryAsync(TableQuery.InPartition(TableKeys.Encode(teamId)), cancellationToken)) list.Add(ToChannel(e));
        return list;
    }

    private static TrackedChannel ToChannel(TableEntity e) => new(e.GetString("TeamId")!, e.GetString("TeamsChannelId")!, e.GetString("Name"), e.GetString("TeamName"),
        e.GetBoolean("Deleted") ?? false, e.GetBoolean("BotRemoved") ?? false, e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue);
}
