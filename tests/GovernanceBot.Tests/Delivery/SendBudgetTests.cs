using GovernanceBot.Delivery;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Domain.Delivery;
using GovernanceBot.Storage.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace GovernanceBot.Tests.Delivery;

/// <summary>
/// The send budget on a clock the test drives: the shared timetable's slots are honoured even when the
/// process stalls and every waiting sender wakes at once.
/// </summary>
public sealed class SendBudgetTests : IDisposable
{
    private const int Cap = 20;
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(5);
    private readonly string _directory = Directory.CreateTempSubdirectory("governancebot-budget-").FullName;
    private readonly SqliteTableStorage _storage;
    private readonly TimerCountingClock _clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly SendBudget _budget;

    public SendBudgetTests()
    {
        _storage = new SqliteTableStorage(Path.Combine(_directory, "bot.db"));
        _budget = new SendBudget(new DeliveryThrottleStore(_storage), Options.Create(new DeliveryOptions { GlobalRatePerSecond = Cap }), _clock);
    }

    [Fact]
    public async Task Senders_woken_together_after_a_stall_still_leave_one_slot_apart()
    {
        var left = new List<DateTimeOffset>();
        var deadline = _clock.GetUtcNow().AddMinutes(1);
        var senders = Enumerable.Range(0, 4).Select(n => _budget.AcquireAsync($"a:chat-{n}", deadline, CancellationToken.None)
            .ContinueWith(acquired =>
            {
                Assert.True(acquired.Result);
                lock (left) left.Add(_clock.GetUtcNow());
            }, TaskContinuationOptions.ExecuteSynchronously)).ToList();
        await WaitForTimersAsync(4);

        // Half a second passes in one go, as when the thread pool stalls: every sender's timer is now due.
        _clock.Advance(TimeSpan.FromMilliseconds(500));
        await Task.Delay(100);
        lock (left) Assert.Empty(left);
        await WaitForTimersAsync(8);
        await AdvanceUntilAsync(() => senders.All(s => s.IsCompleted), TimeSpan.FromSeconds(2));

        await Task.WhenAll(senders);
        var spacing = SendSlots.Spacing(Cap);
        var gaps = left.Order().Zip(left.Order().Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, gap => Assert.True(gap >= spacing - SendSlots.LateTolerance, $"two senders left {gap.TotalMilliseconds} ms apart"));
    }

    [Fact]
    public async Task A_sender_woken_on_time_leaves_on_its_slot()
    {
        var start = _clock.GetUtcNow();
        var sender = _budget.AcquireAsync("a:chat", start.AddMinutes(1), CancellationToken.None);
        await WaitForTimersAsync(1);

        await AdvanceUntilAsync(() => sender.IsCompleted, TimeSpan.FromSeconds(1));

        Assert.True(await sender);
        Assert.InRange(_clock.GetUtcNow() - start, TimeSpan.Zero, TimeSpan.FromMilliseconds(100));
    }

    public void Dispose()
    {
        _storage.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); } catch (IOException) { }
    }

    /// <summary>Moves the clock on in small steps, giving the senders real time to react to each, until <paramref name="done"/> or <paramref name="atMost"/>.</summary>
    private async Task AdvanceUntilAsync(Func<bool> done, TimeSpan atMost)
    {
        for (var moved = TimeSpan.Zero; !done() && moved < atMost; moved += Step)
        {
            _clock.Advance(Step);
            await Task.Delay(10);
        }
    }

    /// <summary>Waits (in real time) until the senders have started <paramref name="count"/> timers between them.</summary>
    private async Task WaitForTimersAsync(int count)
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (_clock.TimersCreated < count && DateTime.UtcNow < until) await Task.Delay(5);
        Assert.True(_clock.TimersCreated >= count, $"only {_clock.TimersCreated} of {count} timers were started");
    }

    /// <summary>A fake clock that counts the timers started on it, so the test knows a sender is waiting.</summary>
    private sealed class TimerCountingClock(DateTimeOffset start) : FakeTimeProvider(start)
    {
        private int _timers;

        public int TimersCreated => Volatile.Read(ref _timers);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Interlocked.Increment(ref _timers);
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }
}
