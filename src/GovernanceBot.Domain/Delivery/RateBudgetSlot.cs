namespace GovernanceBot.Domain.Delivery;

/// <summary>
/// The messages every sender together may still send in one second, kept in one storage row shared by all
/// instances so the global cap holds however many run. A sender reserves a few at a time (fewer writes
/// than one per message); a row left from an earlier second starts over.
/// </summary>
public sealed record RateBudgetSlot(long Second, int Used)
{
    /// <summary>Takes up to <paramref name="wanted"/> of the <paramref name="cap"/> of second <paramref name="now"/>.</summary>
    public (RateBudgetSlot Slot, int Granted) Reserve(long now, int cap, int wanted)
    {
        if (cap < 1) throw new ArgumentOutOfRangeException(nameof(cap), "The cap must be at least one message per second.");
        var used = Second == now ? Used : 0;
        var granted = Math.Clamp(cap - used, 0, Math.Max(0, wanted));
        return (new RateBudgetSlot(now, used + granted), granted);
    }
}
