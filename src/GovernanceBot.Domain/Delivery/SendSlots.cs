namespace GovernanceBot.Domain.Delivery;

/// <summary>
/// The global cap as a shared timetable: every message gets its own send time, one every
/// <c>1/cap</c> second (a little more, for network jitter), whichever instance sends it. Instances reserve
/// a few consecutive slots at a time from one stored "next free slot", so however many run and however
/// their reservations interleave, no second ever holds more than the cap — unlike counting per calendar
/// second, which lets a burst at the end of one second meet a burst at the start of the next.
/// </summary>
public static class SendSlots
{
    /// <summary>Slots are spaced this much wider than 1/cap, so a message a few milliseconds late never makes cap + 1 in a second.</summary>
    public const double JitterMargin = 1.04;

    /// <summary>
    /// How late a message may still leave on its slot; later (a stalled thread, a timer that fired late), the slot
    /// is dropped rather than crowd the next ones. Slots are <see cref="JitterMargin"/> apart, so a second spans
    /// <c>cap / 1.04</c> of them and holds at most the cap as long as lateness plus network jitter stays under
    /// <c>1 s × (1 − 1/1.04)</c>, about 38 ms, whatever the cap: this leaves 23 ms of that to the network.
    /// </summary>
    public static readonly TimeSpan LateTolerance = TimeSpan.FromMilliseconds(15);

    /// <summary>Whether a message may still leave at <paramref name="now"/> on the slot <paramref name="slot"/>.</summary>
    public static bool StillUsable(DateTimeOffset slot, DateTimeOffset now) => now - slot <= LateTolerance;

    public static TimeSpan Spacing(int perSecond) =>
        perSecond < 1 ? throw new ArgumentOutOfRangeException(nameof(perSecond), "The cap must be at least one message per second.")
            : TimeSpan.FromSeconds(JitterMargin / perSecond);

    /// <summary>
    /// Reserves <paramref name="count"/> consecutive slots starting at the first free one, never before
    /// <paramref name="now"/> + <paramref name="lead"/> (the time it takes to store the reservation).
    /// Null when that is more than <paramref name="horizon"/> ahead: the caller waits rather than booking far-off
    /// slots it may not use.
    /// </summary>
    public static SlotReservation? Reserve(DateTimeOffset? nextFree, DateTimeOffset now, int perSecond, int count, TimeSpan horizon, TimeSpan lead = default)
    {
        var earliest = now + lead;
        var first = nextFree > earliest ? nextFree.Value : earliest;
        if (first - now > horizon) return null;
        var spacing = Spacing(perSecond);
        return new SlotReservation(Enumerable.Range(0, count).Select(i => first + spacing * i).ToList(), first + spacing * count);
    }
}

/// <summary>Send times reserved by one instance, and where the shared timetable continues.</summary>
public sealed record SlotReservation(IReadOnlyList<DateTimeOffset> Slots, DateTimeOffset NextFree);
