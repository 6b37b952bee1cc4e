using GovernanceBot.Domain.Delivery;

namespace GovernanceBot.Domain.Tests.Delivery;

/// <summary>The arithmetic behind the global cap, per-conversation pacing and back-off.</summary>
public sealed class ThrottleMathTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Reservations_share_one_seconds_cap()
    {
        var slot = new RateBudgetSlot(100, 0);

        var (afterFirst, first) = slot.Reserve(100, cap: 50, wanted: 30);
        var (afterSecond, second) = afterFirst.Reserve(100, cap: 50, wanted: 30);
        var (_, third) = afterSecond.Reserve(100, cap: 50, wanted: 5);

        Assert.Equal((30, 20, 0), (first, second, third));
        Assert.Equal(50, afterSecond.Used);
    }

    [Fact]
    public void A_new_second_starts_with_the_whole_cap()
    {
        var (slot, granted) = new RateBudgetSlot(100, 50).Reserve(101, cap: 50, wanted: 10);

        Assert.Equal(10, granted);
        Assert.Equal(new RateBudgetSlot(101, 10), slot);
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

        Assert.Equal(TimeSpan.FromMilliseconds(930), pacing.WaitBefore("19:copil", Now.AddMilliseconds(70)));
        Assert.Equal(TimeSpan.Zero, pacing.WaitBefore("19:other", Now.AddMilliseconds(70)));
        Assert.Equal(TimeSpan.Zero, pacing.WaitBefore("19:copil", Now.AddSeconds(1)));
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
