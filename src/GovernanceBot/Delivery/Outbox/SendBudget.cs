using Microsoft.Extensions.Options;

namespace GovernanceBot.Delivery.Outbox;

/// <summary>
/// Lets one message leave when Teams' limits allow it: the tenant-wide "throttled until" gate is open,
/// this instance's sends are spaced no closer than the global cap allows, and a message is left in the
/// shared per-second budget that all instances draw from.
/// </summary>
public sealed class SendBudget(DeliveryThrottleStore throttle, IOptions<DeliveryOptions> options, TimeProvider time)
{
    private static readonly TimeSpan GateRefresh = TimeSpan.FromSeconds(1);

    private readonly DeliveryOptions _options = options.Value;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private long _second = -1;
    private int _tokens;
    private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;
    private DateTimeOffset _gateReadAt = DateTimeOffset.MinValue;
    private readonly Lock _gate = new();
    private DateTimeOffset? _gateUntil;

    /// <summary>
    /// Waits for permission to send one message. False when it cannot come before <paramref name="deadline"/>
    /// (the gate is closed longer than the caller's claim lasts): the caller gives its claim back.
    /// </summary>
    public async Task<bool> AcquireAsync(DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var now = time.GetUtcNow();
                if (now >= deadline) return false;

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
                    if (gateUntil >= deadline) return false;
                    await Task.Delay(gateUntil.Value - now, time, cancellationToken);
                    continue;
                }

                if (_nextSlot > now)
                {
                    await Task.Delay(_nextSlot - now, time, cancellationToken);
                    continue;
                }

                var second = now.ToUnixTimeSeconds();
                if (second != _second)
                {
                    _second = second;
                    _tokens = 0;
                }
                if (_tokens == 0) _tokens = await throttle.ReserveAsync(second, _options.GlobalRatePerSecond, _options.BudgetChunk, cancellationToken);
                if (_tokens == 0)
                {
                    await Task.Delay(DateTimeOffset.FromUnixTimeSeconds(second + 1) - now, time, cancellationToken);
                    continue;
                }

                _tokens--;
                // Evenly spaced: a slot every 1/cap second, without letting a pause build up a burst.
                var spacing = TimeSpan.FromSeconds(1.0 / _options.GlobalRatePerSecond);
                _nextSlot = (_nextSlot + spacing > now - spacing ? _nextSlot : now) + spacing;
                return true;
            }
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Closes the gate for every instance until <paramref name="until"/> (Teams answered 429).</summary>
    public async Task CloseGateAsync(DateTimeOffset until, CancellationToken cancellationToken)
    {
        lock (_gate) _gateUntil = Later(_gateUntil, until);
        await throttle.RaiseGateAsync(until, cancellationToken);
    }

    private static DateTimeOffset? Later(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
