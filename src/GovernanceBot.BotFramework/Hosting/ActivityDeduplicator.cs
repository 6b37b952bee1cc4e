using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Hosting;

/// <summary>
/// Teams re-sends an activity when the bot is slow to answer. The first delivery runs; a repeat of the
/// same (channel, conversation, activity id) waits for and returns the first one's outcome instead of
/// acting twice. A delivery that failed is forgotten so that the channel's retry can run it again.
/// </summary>
/// <remarks>
/// Memory is bounded: a finished turn's outcome is kept as its compact JSON (not the object tree the
/// handlers built), for <see cref="Retention"/> at most, and the oldest outcomes are dropped first once
/// <see cref="MaxEntries"/> or <see cref="MaxRetainedBytes"/> is reached. Dropping early is safe: channel
/// retries come within a minute, and a repeat that misses this cache is still caught by the shared
/// <see cref="IActivityLedger"/>, which answers it as already processed instead of acting twice.
/// </remarks>
public sealed class ActivityDeduplicator(TimeProvider time)
{
    public static readonly TimeSpan Retention = TimeSpan.FromMinutes(10);

    /// <summary>Two thousand turns: over a minute of traffic even at 30 turns a second, far above a governance bot's load.</summary>
    public const int MaxEntries = 2_000;

    /// <summary>8 MB of kept outcomes; a card answer is 2–20 KB of JSON, so the count bound is usually reached first.</summary>
    public const long MaxRetainedBytes = 8 * 1024 * 1024;

    /// <summary>An outcome larger than this is not kept at all (a repeat falls through to the ledger).</summary>
    public const int MaxOutcomeBytes = 512 * 1024;

    private sealed class Entry(string key, DateTimeOffset expires)
    {
        public string Key { get; } = key;
        public DateTimeOffset Expires { get; } = expires;
        public LinkedListNode<Entry>? Node { get; set; }

        /// <summary>The turn still running (repeats wait for it); null once its outcome is kept as JSON.</summary>
        public TaskCompletionSource<TurnOutcome>? Running { get; set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int? InvokeStatus { get; set; }
        public byte[]? InvokeBody { get; set; }
        public byte[]? Replies { get; set; }
        public long Size { get; set; }
    }

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    // Insertion order is expiry order (every entry lives for the same retention): the oldest is at the head.
    private readonly LinkedList<Entry> _order = new();
    private long _retainedBytes;

    /// <summary>How many turns are remembered now (running or kept).</summary>
    public int Count
    {
        get { lock (_gate) return _entries.Count; }
    }

    /// <summary>Bytes of kept outcomes now.</summary>
    public long RetainedBytes
    {
        get { lock (_gate) return _retainedBytes; }
    }

    /// <summary>Runs <paramref name="process"/> once per activity id; repeats share its result.</summary>
    public async Task<TurnOutcome> RunOnceAsync(Activity activity, Func<Task<TurnOutcome>> process)
    {
        if (string.IsNullOrEmpty(activity.Id)) return await process();

        var key = $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}";
        Entry? first;
        Entry mine;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            DropExpired(now);
            if (!_entries.TryGetValue(key, out first))
            {
                mine = new Entry(key, now + Retention);
                _entries[key] = mine;
                mine.Node = _order.AddLast(mine);
                while (_entries.Count > MaxEntries) Drop(_order.First!.Value);
            }
            else mine = first;
        }

        if (first is not null)
        {
            var running = first.Running;
            return running is not null ? await running.Task : Rehydrate(first);
        }

        var completion = mine.Running!;
        TurnOutcome outcome;
        try
        {
            outcome = await process();
        }
        catch (Exception exception)
        {
            lock (_gate) Forget(mine);
            completion.SetException(exception);
            throw;
        }

        outcome = Keep(mine, outcome);
        completion.SetResult(outcome);
        return outcome;
    }

    /// <summary>
    /// Swaps the running turn for its compact outcome, then trims the oldest outcomes to the byte bound. Returns
    /// the outcome with its JSON, which the endpoint writes as it is.
    /// </summary>
    private TurnOutcome Keep(Entry entry, TurnOutcome outcome)
    {
        byte[]? invokeBody = null, replies = null;
        var size = long.MaxValue; // an outcome that cannot be written as JSON is not kept
        try
        {
            invokeBody = outcome.InvokeResponse?.Body is { } body ? JsonSerializer.SerializeToUtf8Bytes(body, ProtocolJson.Options) : null;
            replies = outcome.Replies is { } list ? JsonSerializer.SerializeToUtf8Bytes(list, ProtocolJson.Options) : null;
            size = (invokeBody?.Length ?? 0) + (replies?.Length ?? 0) + 128 + entry.Key.Length * 2L;
        }
        catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            // Left at long.MaxValue: dropped below, and a repeat falls through to the shared ledger.
        }
        var written = outcome with { RepliesJson = AsMemory(replies), InvokeBodyJson = AsMemory(invokeBody) };
        lock (_gate)
        {
            if (!_entries.TryGetValue(entry.Key, out var current) || current != entry) return written; // already dropped
            if (size > MaxOutcomeBytes)
            {
                Drop(entry);
                return written;
            }
            entry.InvokeStatus = outcome.InvokeResponse?.Status;
            entry.InvokeBody = invokeBody;
            entry.Replies = replies;
            entry.Size = size;
            // Repeats that already hold the running task still get the live result; later ones read the JSON.
            entry.Running = null;
            _retainedBytes += size;
            while (_retainedBytes > MaxRetainedBytes && _order.First is { } oldest) Drop(oldest.Value);
        }
        return written;
    }

    // Spelled out: a null array converts implicitly to an empty value, not a missing one.
    private static ReadOnlyMemory<byte>? AsMemory(byte[]? json) => json is null ? (ReadOnlyMemory<byte>?)null : json;

    private static TurnOutcome Rehydrate(Entry entry)
    {
        var invoke = entry.InvokeStatus is { } status ? new InvokeResponse(status, entry.InvokeBody is null ? null : JsonNode.Parse(entry.InvokeBody)) : null;
        var replies = entry.Replies is null ? null : JsonSerializer.Deserialize<List<Activity>>(entry.Replies, ProtocolJson.Options);
        return new TurnOutcome(invoke, replies) { RepliesJson = AsMemory(entry.Replies), InvokeBodyJson = AsMemory(entry.InvokeBody) };
    }

    private void DropExpired(DateTimeOffset now)
    {
        while (_order.First is { } oldest && oldest.Value.Expires <= now) Drop(oldest.Value);
    }

    private void Forget(Entry entry)
    {
        if (_entries.TryGetValue(entry.Key, out var current) && current == entry) Drop(entry);
    }

    private void Drop(Entry entry)
    {
        _entries.Remove(entry.Key);
        if (entry.Node is { List: not null } node) _order.Remove(node);
        _retainedBytes -= entry.Size;
        entry.Size = 0;
    }
}
