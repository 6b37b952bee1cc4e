using System.Collections.Concurrent;
using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Hosting;

/// <summary>
/// Teams re-sends an activity when the bot is slow to answer. The first delivery runs; a repeat of the
/// same (channel, conversation, activity id) waits for and returns the first one's outcome instead of
/// acting twice. A delivery that failed is forgotten so that the channel's retry can run it again.
/// </summary>
public sealed class ActivityDeduplicator(TimeProvider time)
{
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(10);
    private const int SweepEvery = 256;

    private sealed record Entry(Lazy<Task<TurnOutcome>> Outcome, DateTimeOffset Expires);

    private readonly ConcurrentDictionary<string, Entry> _seen = new(StringComparer.Ordinal);
    private int _calls;

    /// <summary>Runs <paramref name="process"/> once per activity id; repeats share its result.</summary>
    public async Task<TurnOutcome> RunOnceAsync(Activity activity, Func<Task<TurnOutcome>> process)
    {
        if (string.IsNullOrEmpty(activity.Id)) return await process();

        var key = $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}";
        var now = time.GetUtcNow();
        if (Interlocked.Increment(ref _calls) % SweepEvery == 0) Sweep(now);

        var candidate = new Entry(new Lazy<Task<TurnOutcome>>(process, LazyThreadSafetyMode.ExecutionAndPublication), now + Retention);
        var entry = _seen.GetOrAdd(key, candidate);
        while (entry.Expires <= now && entry != candidate)
        {
            entry = _seen.TryUpdate(key, candidate, entry) ? candidate : _seen.GetOrAdd(key, candidate);
        }

        try
        {
            return await entry.Outcome.Value;
        }
        catch
        {
            _seen.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            throw;
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, entry) in _seen)
        {
            if (entry.Expires <= now) _seen.TryRemove(new KeyValuePair<string, Entry>(key, entry));
        }
    }
}
