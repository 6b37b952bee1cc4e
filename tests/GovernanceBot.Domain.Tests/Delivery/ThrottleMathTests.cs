using GovernanceBot.Domain.Delivery;

namespace GovernanceBot.Domain.Tests.Delivery;

/// <summary>The arithmetic behind the global cap, per-conversation pacing and back-off.</summary>
public sealed class ThrottleMathTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Reservations_hand_out_consecutive_slots_one_fiftieth_of_a_second_apart()
    {
        var first = SendSlots.Reserve(null, Now, perSecond: 50, count: 5, TimeSpan.FromSeconds(1))!;
        var second = SendSlots.Reserve(first.NextFree, Now, perSecond: 50, count: 5, TimeSpan.FromSeconds(1))!;

        var all = first.Slots.Concat(second.Slots).ToList();
        Assert.Equal(Now, all[0]);
        Assert.All(all.Zip(all.Skip(1)), pair => Assert.Equal(TimeSpan.FromSeconds(1.04 / 50), pair.Second - pair.First));
    }

    [Fact]
    public void No_second_holds_more_than_the_cap_however_reservations_interleave()
    {
        DateTimeOffset? next = null;
        var slots = new List<DateTimeOffset>();
        var now = Now;
        for (var i = 0; i < 40; i++)
        {
            now += TimeSpan.FromMilliseconds(i % 3 == 0 ? 0 : 40);
            if (SendSlots.Reserve(next, now, perSecond: 50, count: 5, TimeSpan.FromMilliseconds(500)) is not { } reservation) continue;
            slots.AddRange(reservation.Slots);
            next = reservation.NextFree;
        }

        var busiest = slots.Select(t => slots.Count(u => u >= t && u < t + TimeSpan.FromSeconds(1))).Max();
        Assert.True(busiest <= 50, $"{busiest} slots in one second");
        Assert.True(slots.Count >= 50, $"only {slots.Count} slots booked");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(20)]
    [InlineData(50)]
    [InlineData(100)]
    public void Messages_as_late_as_still_allowed_keep_every_second_at_the_cap(int perSecond)
    {
        var slots = SendSlots.Reserve(null, Now, perSecond, count: perSecond * 5, TimeSpan.FromSeconds(1))!.Slots;
        // The worst case: every other message leaves on time and the ones between as late as allowed, so late and
        // early ones bunch in turn.
        var left = slots.Select((slot, i) => i % 2 == 0 ? slot : slot + SendSlots.LateTolerance).Order().ToList();

        var busiest = left.Select(t => left.Count(u => u >= t && u < t + TimeSpan.FromSeconds(1))).Max();
        Assert.True(busiest <= perSecond, $"{busiest} messages in one second at a cap of {perSecond}");
        Assert.True(SendSlots.StillUsable(slots[0], slots[0] + SendSlots.LateTolerance));
        Assert.False(SendSlots.StillUsable(slots[0], slots[0] + SendSlots.LateTolerance + TimeSpan.FromMilliseconds(1)));
    }

    [Fact]
    public void Slots_too_far_ahead_are_not_booked()
    {
        Assert.Null(SendSlots.Reserve(Now.AddSeconds(2), Now, perSecond: 50, count: 5, TimeSpan.FromSeconds(1)));
        Assert.Equal(Now.AddSeconds(2), SendSlots.Reserve(Now.AddSeconds(2), Now.AddSeconds(1.5), 50, 5, TimeSpan.FromSeconds(1))!.Slots[0]);
    }

    [Fact]
    public void Past_free_slots_are_not_handed_out()
    {
        Assert.Equal(Now, SendSlots.Reserve(Now.AddSeconds(-10), Now, 50, 1, TimeSpan.FromSeconds(1))!.Slots[0]);
    }

    [Fact]
    public void Pacing_lets_seven_messages_a_second_into_one_conversation()
    {
        var pacing = new ConversationPacing(7);
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(TimeSpan.Zero, pacing.WaitBefore("19:copil", Now.AddMilliseconds(i * 10)));
            pacing.Record("19:copil", Now.AddMilliseconds(i * 10));
        }

        Assert.Equal(TimeSpan.FromMilliseconds(1030), pacing.WaitBefore("19:copil", Now.AddMilliseconds(70)));
        Assert.Equal(TimeSpan.Zero, pacing.WaitBefore("19:other", Now.AddMilliseconds(70)));
        Assert.Equal(TimeSpan.Zero, pacing.WaitBefore("19:copil", Now.AddSeconds(1.1)));
    }

    [Fact]
    public void Back_off_doubles_within_jitter_and_is_capped()
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60));

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Delay(1, null, jitter: 0));
        Assert.Equal(8, backoff.Delay(3, null, jitter: 1).TotalSeconds, precision: 3);
        Assert.Equal(60, backoff.Delay(20, null, jitter: 1).TotalSeconds, precision: 3);
    }

    [Fact]
    public void Back_off_never_comes_before_the_retry_after_asked_for()
    {
        var backoff = new RetryBackoff(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(60));

        Assert.Equal(TimeSpan.FromSeconds(90), backoff.Delay(1, TimeSpan.FromSeconds(90), jitter: 0.5));
        Assert.Equal(TimeSpan.FromSeconds(1.5), backoff.Delay(1, TimeSpan.FromSeconds(1), jitter: 0.5));
    }

    [Theory]
    [InlineData(429, DeliveryFailureKind.Throttled)]
    [InlineData(412, DeliveryFailureKind.Transient)]
    [InlineData(502, DeliveryFailureKind.Transient)]
    [InlineData(504, DeliveryFailureKind.Transient)]
    [InlineData(null, DeliveryFailureKind.Transient)]
    [InlineData(403, DeliveryFailureKind.Permanent)]
    [InlineData(404, DeliveryFailureKind.Permanent)]
    [InlineData(400, DeliveryFailureKind.Permanent)]
    public void Failures_are_classified_by_status(int? status, DeliveryFailureKind kind)
    {
        Assert.Equal(kind, DeliveryFailures.Classify(status));
    }

    [Fact]
    public void Failure_reasons_name_the_status_and_the_error_code()
    {
        Assert.Equal("HTTP 403 (BotNotInConversationRoster)", DeliveryFailures.Reason(403, "BotNotInConversationRoster"));
        Assert.Equal("HTTP 404 (conversation not found)", DeliveryFailures.Reason(404, null));
        Assert.Equal("connector unreachable", DeliveryFailures.Reason(null, null));
    }
}
