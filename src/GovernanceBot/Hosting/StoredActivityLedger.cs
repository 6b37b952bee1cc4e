using System.Globalization;
using GovernanceBot.BotFramework.Hosting;
using GovernanceBot.BotFramework.Schema;
using GovernanceBot.Storage;

namespace GovernanceBot.Hosting;

/// <summary>
/// Table "ProcessedActivities": PartitionKey = the UTC day of the activity's own timestamp when plausible (a
/// channel retry repeats it, so both deliveries meet in the same partition, and old days are dropped whole);
/// RowKey = the encoded channel, conversation and activity id. An insert that finds the row taken
/// means another delivery got there first.
/// </summary>
public sealed class StoredActivityLedger(ITableStorage storage, TimeProvider time) : IActivityLedger
{
    public const string TableName = "ProcessedActivities";

    /// <summary>Days kept before <see cref="PurgeAsync"/> removes them; channel retries come within minutes.</summary>
    public const int RetentionDays = 2;

    private ITable Table => storage.GetTable(TableName);

    public async Task<bool> TryClaimAsync(Activity activity, CancellationToken cancellationToken)
    {
        var row = new TableEntity(Day(activity), Key(activity)) { ["ClaimedAt"] = time.GetUtcNow() };
        try
        {
            await Table.AddAsync(row, cancellationToken);
            return true;
        }
        catch (EntityAlreadyExistsException)
        {
            return false;
        }
    }

    public Task ReleaseAsync(Activity activity, CancellationToken cancellationToken) =>
        Table.DeleteAsync(Day(activity), Key(activity), "*", cancellationToken);

    /// <summary>Deletes the rows of the days before the retention window (looking back <paramref name="daysBack"/> days).</summary>
    public async Task<int> PurgeAsync(int daysBack, CancellationToken cancellationToken)
    {
        var deleted = 0;
        var today = time.GetUtcNow().UtcDateTime.Date;
        for (var age = RetentionDays + 1; age <= daysBack; age++)
        {
            var partition = today.AddDays(-age).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var rows = new List<TableEntity>();
            await foreach (var row in Table.QueryAsync(new TableQuery { PartitionKey = partition, Select = ["ClaimedAt"] }, cancellationToken)) rows.Add(row);
            foreach (var chunk in rows.Chunk(100))
            {
                await Table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r)).ToList(), cancellationToken);
                deleted += chunk.Length;
            }
        }
        return deleted;
    }

    /// <summary>
    /// The activity's own day when it is plausible (within a day of now), so a retry after midnight still meets
    /// its first delivery; otherwise today, so an odd timestamp cannot create days the purge never reaches.
    /// </summary>
    private string Day(Activity activity)
    {
        var now = time.GetUtcNow();
        var stamp = activity.Timestamp is { } t && (t - now).Duration() <= TimeSpan.FromDays(1) ? t : now;
        return stamp.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
    }

    private static string Key(Activity activity) =>
        TableKeys.Encode($"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}");
}
