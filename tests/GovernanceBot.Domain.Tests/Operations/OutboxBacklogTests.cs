using GovernanceBot.Domain.Delivery;
using GovernanceBot.Domain.Operations;

namespace GovernanceBot.Domain.Tests.Operations;

public sealed class OutboxBacklogTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Open_batches_add_up_and_the_oldest_sets_the_age()
    {
        var backlog = OutboxBacklog.Of(
        [
            (Now.AddMinutes(-3), new DeliveryTally(2, 1, 4, 0, [])),
            (Now.AddHours(-2), new DeliveryTally(5, 0, 0, 1, [("u", "gone")])),
        ], Now);

        Assert.Equal(new OutboxBacklog(2, 7, 1, 1, TimeSpan.FromHours(2)), backlog);
        Assert.False(backlog.IsIdle);
    }

    [Fact]
    public void Nothing_open_is_idle_and_a_clock_behind_storage_gives_no_negative_age()
    {
        Assert.True(OutboxBacklog.Of([], Now).IsIdle);
        Assert.Equal(TimeSpan.Zero, OutboxBacklog.Of([(Now.AddSeconds(5), new DeliveryTally(1, 0, 0, 0, []))], Now).OldestAge);
    }

    [Fact]
    public void The_gate_is_closed_only_until_a_future_moment()
    {
        Assert.True(ThrottleState.At(null, Now).IsOpen);
        Assert.True(ThrottleState.At(Now.AddSeconds(-1), Now).IsOpen);
        Assert.Equal(Now.AddMinutes(1), ThrottleState.At(Now.AddMinutes(1), Now).ClosedUntil);
    }
}
