using GovernanceBot.Domain;
using GovernanceBot.Domain.Delivery;
using GovernanceBot.Identity;
using GovernanceBot.Storage;

namespace GovernanceBot.Delivery.Schedules;

/// <summary>
/// Table <c>Schedules</c>: PartitionKey "job", RowKey = job id — "every job" is one partition query (the
/// scheduler's pass and the "schedules" list), a job is a point read. Every change of a job's clock is
/// written under the ETag it was read with, so two instances never both advance it.
/// </summary>
public sealed class ScheduleStore(ITableStorage storage)
{
    public const string TableName = "Schedules";
    private const string Partition = "job";

    private ITable Table => storage.GetTable(TableName);

    public Task AddAsync(ScheduledJob job, CancellationToken cancellationToken) => Table.AddAsync(ToEntity(job), cancellationToken);

    public async Task<IReadOnlyList<(ScheduledJob Job, string ETag)>> ListAsync(CancellationToken cancellationToken)
    {
        var list = new List<(ScheduledJob, string)>();
        await foreach (var entity in Table.QueryAsync(TableQuery.InPartition(Partition), cancellationToken)) list.Add((ToJob(entity), entity.ETag!));
        return list;
    }

    public async Task<(ScheduledJob Job, string ETag)?> GetAsync(string id, CancellationToken cancellationToken) =>
        await Table.GetAsync(Partition, TableKeys.Encode(id), cancellationToken) is { } entity ? (ToJob(entity), entity.ETag!) : null;

    /// <summary>Writes <paramref name="job"/> if it is still at <paramref name="etag"/>; false when another instance changed it first.</summary>
    public async Task<bool> TryReplaceAsync(ScheduledJob job, string etag, CancellationToken cancellationToken)
    {
        try
        {
            await Table.UpdateAsync(ToEntity(job), etag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }

    public Task DeleteAsync(string id, CancellationToken cancellationToken) => Table.DeleteAsync(Partition, TableKeys.Encode(id), "*", cancellationToken);

    private static TableEntity ToEntity(ScheduledJob j) => new(Partition, TableKeys.Encode(j.Id))
    {
        ["Id"] = j.Id,
        ["JobType"] = j.JobType,
        ["Title"] = j.Title,
        ["Cron"] = j.Schedule.Cron,
        ["OnceAt"] = j.Schedule.OnceAt,
        ["TimeZone"] = j.Schedule.TimeZoneId,
        ["When"] = j.When,
        ["Purpose"] = j.Purpose,
        ["Text"] = j.Text,
        ["OwnerRole"] = j.OwnerRole.ToString(),
        ["CreatedBy"] = j.CreatedBy,
        ["Language"] = j.Language.ToString(),
        ["Paused"] = j.Paused,
        ["NextDueAt"] = j.NextDueAt,
        ["LastRunAt"] = j.LastRunAt,
        ["LastScheduledFor"] = j.LastScheduledFor,
        ["LastRunLate"] = j.LastRunLate,
        ["LastMissedSlots"] = j.LastMissedSlots,
        ["CreatedAt"] = j.CreatedAt,
    };

    private static ScheduledJob ToJob(TableEntity e)
    {
        var zone = e.GetString("TimeZone") ?? JobSchedule.DefaultTimeZone;
        var schedule = e.GetString("Cron") is { } cron ? JobSchedule.Recurring(cron, zone) : JobSchedule.Once(e.GetDateTimeOffset("OnceAt")!.Value, zone);
        return new ScheduledJob(
            e.GetString("Id")!,
            e.GetString("JobType")!,
            e.GetString("Title") ?? "",
            schedule,
            e.GetString("When") ?? "",
            e.GetString("Purpose"),
            e.GetString("Text"),
            Enum.TryParse<Role>(e.GetString("OwnerRole"), out var role) ? role : Role.Admin,
            e.GetString("CreatedBy") ?? "",
            Enum.TryParse<Language>(e.GetString("Language"), out var language) ? language : Language.French,
            e.GetBoolean("Paused") ?? false,
            e.GetDateTimeOffset("NextDueAt"),
            e.GetDateTimeOffset("LastRunAt"),
            e.GetDateTimeOffset("LastScheduledFor"),
            e.GetBoolean("LastRunLate") ?? false,
            e.GetInt32("LastMissedSlots") ?? 0,
            e.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue);
    }
}
