using GovernanceBot.Domain.Delivery;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Delivery.Outbox;

/// <summary>
/// Lets one message leave when Teams' limits allow it: the tenant-wide "throttled until" gate is open,
/// the conversation has had fewer than its share in the last second, and the message has a slot of the
/// shared send timetable (the global cap, whatever the number of instances). Waits happen outside the
/// lock, so a busy conversation does not hold up messages to others.
/// </summary>
public sealed class SendBudget(DeliveryThrottleStore throttle, IOptions<DeliveryOptions> options, TimeProvider time)
{
    private static readonly TimeSpan GateRefresh = TimeSpan.FromSeconds(1);

    /// <summary>How far ahead an instance books slots: far enough to keep sending, near enough not to hoard them.</summary>
    private static readonly TimeSpan Horizon = TimeSpan.FromMilliseconds(300);

    /// <summary>Booked slots start this far ahead, so the storage round trip does not make the first one late.</summary>
    private static readonly TimeSpan Lead = TimeSpan.FromMilliseconds(30);

    private readonly DeliveryOptions _options = options.Value;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly ConversationPacing _pacing = new(options.Value.PerConversationPerSecond);
    private readonly Queue<DateTimeOffset> _slots = new();
    private readonly Lock _gate = new();
    private DateTimeOffset _gateReadAt = DateTimeOffset.MinValue;
    private DateTimeOffset? _gateUntil;

    /// <summary>
    /// Waits until one message to <paramref name="conversation"/> may leave. False when that cannot be
    /// before <paramref name="deadline"/> (the gate stays closed longer than the caller's claim lasts):
    /// the caller gives its claim back.
    /// </summary>
    public async Task<bool> AcquireAsync(string conversation, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        while (true)
        {
            DateTimeOffset? slot = null;
            TimeSpan wait;
            DateTimeOffset at = default;
            await _turn.WaitAsync(cancellationToken);
            try
            {
                var now = time.GetUtcNow();
                if (now >= deadline) return false;
                wait = await WaitBeforeAsync(conversation, now, cancellationToken);
                if (wait == TimeSpan.Zero)
                {
                    slot = _slots.Dequeue();
                    at = slot.Value > now ? slot.Value : now;
                    _pacing.Forget(now);
                    _pacing.Record(conversation, at);
                    wait = at - now;
                }
                else if (now + wait >= deadline)
                {
                    return false;
                }
            }
            finally
            {
                _turn.Release();
            }
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken);
            // A wake-up well past the slot (a stalled thread pool wakes every waiting sender at once) would send a
            // burst: the slot is spent, and the message queues for a new one.
            if (slot is not null && SendSlots.StillUsable(at, time.GetUtcNow())) return true;
        }
    }

    /// <summary>Closes the gate for every instance until <paramref name="until"/> (Teams answered 429).</summary>
    public async Task CloseGateAsync(DateTimeOffset until, CancellationToken cancellationToken)
    {
        lock (_gate) _gateUntil = Later(_gateUntil, until);
        await throttle.RaiseGateAsync(until, cancellationToken);
    }

    /// <summary>Zero when a slot is ready in <see cref="_slots"/> and the conversation may receive at it; else how long to wait.</summary>
    private async Task<TimeSpan> WaitBeforeAsync(string conversation, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (now - _gateReadAt >= GateRefresh)
        {
            var stored = await throttle.ThrottledUntilAsync(cancellationToken);
            lock (_gate) _gateUntil = Later(_gateUntil, stored);
            _gateReadAt = now;
        }
        DateTimeOffset? gateUntil;
        lock (_gate) gateUntil = _gateUntil;
        if (gateUntil > now)
        {
            // Slots booked before the gate closed would all fire together when it opens.
            _slots.Clear();
            return gateUntil.Value - now;
        }

        // A slot whose time has passed unused is dropped: sending on it late would crowd the next ones.
        while (_slots.Count > 0 && !SendSlots.StillUsable(_slots.Peek(), now)) _slots.Dequeue();
        // Book the next slots while one is left, so a message is never waiting on the storage round trip.
        if (_slots.Count <= 1)
        {
            var (reservation, nextFree) = await throttle.ReserveSlotsAsync(now, _options.GlobalRatePerSecond, _options.BudgetChunk, Horizon, Lead, cancellationToken);
            if (reservation is not null) foreach (var slot in reservation.Slots) _slots.Enqueue(slot);
            else if (_slots.Count == 0) return nextFree - Horizon - now;
            now = time.GetUtcNow();
            while (_slots.Count > 0 && !SendSlots.StillUsable(_slots.Peek(), now)) _slots.Dequeue();
            if (_slots.Count == 0) return TimeSpan.FromMilliseconds(1);
        }

        var next = _slots.Peek() > now ? _slots.Peek() : now;
        return _pacing.WaitBefore(conversation, next);
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
