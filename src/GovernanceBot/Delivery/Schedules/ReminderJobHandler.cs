using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Delivery;
using GovernanceBot.Identity;

namespace GovernanceBot.Delivery.Schedules;

/// <summary>
/// The built-in job type "reminder": the job's text, posted as a new thread in every channel registered
/// for the job's purpose (channels whose team removed the bot are skipped). A late run says it is late.
/// </summary>
public sealed class ReminderJobHandler(DeliveryAddressBook addresses) : IScheduledJobHandler
{
    public const string Type = "reminder";

    public string JobType => Type;
    public LocalizedText Name => DeliveryTexts.ReminderName.Localized;
    public Role OwnerRole => Role.Admin;

    public async Task<IReadOnlyList<OutboxMessage>> PrepareAsync(JobRun run, CancellationToken cancellationToken)
    {
        var job = run.Job;
        if (job.Purpose is null || string.IsNullOrWhiteSpace(job.Text)) return [];
        var text = run.Due.Late
            ? job.Text + "\n\n" + DeliveryTexts.LateNotice.In(job.Language, job.Schedule.ToLocal(run.Due.ScheduledFor))
            : job.Text;

        return await addresses.ToPurposeAsync(job.Purpose, new OutboxContent(text, null, null), cancellationToken);
    }
}
