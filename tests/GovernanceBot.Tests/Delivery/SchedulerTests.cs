using GovernanceBot.Delivery;
using GovernanceBot.Conversations;
using GovernanceBot.Delivery.Channels;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Delivery.Schedules;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Delivery;
using GovernanceBot.Identity;
using GovernanceBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovernanceBot.Tests.Delivery;

/// <summary>Stored schedules run once per slot, across daylight-saving changes, after downtime, and while paused not at all.</summary>
public sealed class SchedulerTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Saturday0900Paris = new(2026, 3, 28, 8, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Directory.CreateTempSubdirectory("governancebot-schedules-").FullName;
    private readonly SettableClock _clock = new();
    private SenderInstance _instance = null!;
    private ITableStorage _storage = null!;

    public async Task InitializeAsync()
    {
        _instance = new SenderInstance(SenderInstance.Sqlite(_directory));
        _storage = _instance.Services.GetRequiredService<ITableStorage>();
        var channels = new ChannelStore(_storage);
        foreach (var n in new[] { 1, 2 })
            await channels.RegisterAsync(new ChannelRegistration(ChannelPurposes.Copil, FanOut.Channel(n), $"Copil {n}", "19:team@thread.tacv2", "Data",
                "https://smba.example/emea/", "tenant-1", "28:governancebot", "admin", _clock.Now), default);
    }

    public async Task DisposeAsync()
    {
        await _instance.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task A_due_job_enqueues_one_message_per_registered_channel_once()
    {
        var job = await AddJobAsync("0 9 * * *", Saturday0900Paris);
        _clock.Now = Saturday0900Paris.AddSeconds(30);

        Assert.Equal(1, await Scheduler().RunDueAsync(default));
        Assert.Equal(0, await Scheduler().RunDueAsync(default));

        var items = await Store().ListItemsAsync(OutboxOccurrence.IdFor(job.Id, Saturday0900Paris), default);
        Assert.Equal([FanOut.Channel(1), FanOut.Channel(2)], items.Select(i => i.Item.RecipientKey).Order());
        Assert.All(items, i => Assert.Equal("Pensez à l'ordre du jour", i.Item.Content.Text));
        Assert.All(items, i => Assert.True(i.Item.Target.NewThread));
    }

    [Fact]
    public async Task Two_instances_running_the_same_due_job_enqueue_it_once()
    {
        var job = await AddJobAsync("0 9 * * *", Saturday0900Paris);
        _clock.Now = Saturday0900Paris.AddSeconds(5);

        var runs = await Task.WhenAll(Scheduler().RunDueAsync(default), Scheduler().RunDueAsync(default));

        Assert.Equal(1, runs.Sum());
        Assert.Equal(2, (await Store().ListItemsAsync(OutboxOccurrence.IdFor(job.Id, Saturday0900Paris), default)).Count);
        var stored = (await new ScheduleStore(_storage).GetAsync(job.Id, default))!.Value.Job;
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 7, 0, 0, TimeSpan.Zero), stored.NextDueAt); // 9:00 Paris in summer time
    }

    [Fact]
    public async Task After_downtime_the_job_runs_once_late_and_says_so()
    {
        var job = await AddJobAsync("0 9 * * *", Saturday0900Paris);
        _clock.Now = Saturday0900Paris.AddDays(3).AddHours(2);

        Assert.Equal(1, await Scheduler().RunDueAsync(default));

        var slot = new DateTimeOffset(2026, 3, 31, 7, 0, 0, TimeSpan.Zero);
        var items = await Store().ListItemsAsync(OutboxOccurrence.IdFor(job.Id, slot), default);
        Assert.Equal(2, items.Count);
        Assert.Contains("Envoi en retard : prévu le 31/03/2026 09:00", items[0].Item.Content.Text);
        var stored = (await new ScheduleStore(_storage).GetAsync(job.Id, default))!.Value.Job;
        Assert.True(stored.LastRunLate);
        Assert.Equal(3, stored.LastMissedSlots); // the 28th, 29th and 30th
        Assert.Equal(slot.AddDays(1), stored.NextDueAt);
        Assert.Single(await Store().ListOpenOccurrencesAsync(default));
    }

    [Fact]
    public async Task A_paused_job_does_not_run()
    {
        var job = await AddJobAsync("0 9 * * *", Saturday0900Paris, paused: true);
        _clock.Now = Saturday0900Paris.AddMinutes(1);

        Assert.Equal(0, await Scheduler().RunDueAsync(default));
        Assert.Empty(await Store().ListItemsAsync(OutboxOccurrence.IdFor(job.Id, Saturday0900Paris), default));
    }

    [Fact]
    public async Task A_job_of_a_type_no_feature_handles_is_left_alone()
    {
        var job = await AddJobAsync("0 9 * * *", Saturday0900Paris, type: "retired-feature");
        _clock.Now = Saturday0900Paris.AddMinutes(1);

        Assert.Equal(0, await Scheduler().RunDueAsync(default));
        Assert.Equal(Saturday0900Paris, (await new ScheduleStore(_storage).GetAsync(job.Id, default))!.Value.Job.NextDueAt);
    }

    private async Task<ScheduledJob> AddJobAsync(string cron, DateTimeOffset nextDue, bool paused = false, string type = ReminderJobHandler.Type)
    {
        var job = new ScheduledJob("j" + Guid.NewGuid().ToString("N")[..6], type, "Rappel Copil", JobSchedule.Recurring(cron), "tous les jours à 9h",
            ChannelPurposes.Copil, "Pensez à l'ordre du jour", Role.Copil, "aad-owner", Language.French, paused, nextDue, null, null, false, 0, nextDue.AddDays(-1));
        await new ScheduleStore(_storage).AddAsync(job, default);
        return job;
    }

    private OutboxStore Store() => new(_storage);

    private Scheduler Scheduler() => new(new ScheduleStore(_storage), new StoredOutbox(Store(), new OutboxSignal(), _clock),
        [new ReminderJobHandler(new DeliveryAddressBook(new ChannelStore(_storage), new ConversationReferenceStore(_storage)))], _clock, NullLogger<Scheduler>.Instance);

    private sealed class SettableClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = Saturday0900Paris.AddDays(-1);
        public override DateTimeOffset GetUtcNow() => Now;
    }
}
