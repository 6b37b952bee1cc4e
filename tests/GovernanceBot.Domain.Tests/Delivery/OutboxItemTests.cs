using GovernanceBot.Domain.Delivery;

namespace GovernanceBot.Domain.Tests.Delivery;

public sealed class OutboxItemTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private static OutboxItem Queued() => OutboxItem.Queue("job-1@2026-12-01T09:00", "channel-a",
        new DeliveryTarget(true, "https://smba.example/", "19:a@thread.tacv2", "28:bot", "t", "Copil"),
        new OutboxContent("Ordre du jour", null, null), Now);

    [Fact]
    public void A_queued_item_is_claimed_under_a_lease_that_counts_the_attempt()
    {
        var claimed = Queued().Claim("instance-1", Now, Lease);

        Assert.Equal(OutboxItemState.Sending, claimed.State);
        Assert.Equal("instance-1", claimed.LeaseOwner);
        Assert.Equal(Now + Lease, claimed.LeaseExpiresAt);
        Assert.Equal(1, claimed.Attempts);
    }

    [Fact]
    public void A_claimed_item_cannot_be_claimed_again_while_its_lease_runs()
    {
        var claimed = Queued().Claim("instance-1", Now, Lease);

        Assert.False(claimed.CanClaim(Now + Lease - TimeSpan.FromSeconds(1)));
        Assert.Throws<InvalidOperationException>(() => claimed.Claim("instance-2", Now.AddSeconds(1), Lease));
    }

    [Fact]
    public void An_expired_lease_without_activity_id_is_reclaimed_by_another_sender()
    {
        var claimed = Queued().Claim("instance-1", Now, Lease);

        var reclaimed = claimed.Claim("instance-2", Now + Lease, Lease);

        Assert.Equal("instance-2", reclaimed.LeaseOwner);
        Assert.Equal(2, reclaimed.Attempts);
    }

    [Fact]
    public void An_item_the_connector_accepted_is_never_claimed_again()
    {
        var sent = Queued().Claim("instance-1", Now, Lease).MarkSent("1700000000001", "19:a@thread.tacv2;messageid=1700000000001", Now.AddSeconds(1));

        Assert.Equal(OutboxItemState.Sent, sent.State);
        Assert.False(sent.CanClaim(Now.AddDays(1)));
        Assert.True(sent.IsFinal);
        Assert.Null(sent.LeaseOwner);
    }

    [Fact]
    public void A_sending_item_with_a_recorded_activity_id_is_not_resent_when_its_lease_expires()
    {
        var odd = Queued().Claim("instance-1", Now, Lease) with { ActivityId = "1700000000001" };

        Assert.False(odd.CanClaim(Now + Lease + Lease));
    }

    [Fact]
    public void A_retry_waits_until_its_time()
    {
        var later = Queued().Claim("instance-1", Now, Lease).RetryLater(Now.AddSeconds(30), "HTTP 502", maxAttempts: 5);

        Assert.Equal(OutboxItemState.Queued, later.State);
        Assert.False(later.CanClaim(Now.AddSeconds(29)));
        Assert.True(later.CanClaim(Now.AddSeconds(30)));
        Assert.Equal("HTTP 502", later.LastError);
    }

    [Fact]
    public void Retries_stop_at_the_last_attempt_with_the_reason()
    {
        var item = Queued();
        for (var i = 0; i < 3; i++) item = item.Claim("i", Now.AddMinutes(i), Lease).RetryLater(Now.AddMinutes(i), "HTTP 504", maxAttempts: 3);

        Assert.Equal(OutboxItemState.Failed, item.State);
        Assert.Equal("gave up after 3 attempts: HTTP 504", item.FailureReason);
        Assert.False(item.CanClaim(Now.AddDays(1)));
    }

    [Fact]
    public void A_released_claim_goes_back_to_the_queue_without_counting_an_attempt()
    {
        var released = Queued().Claim("instance-1", Now, Lease).Release();

        Assert.Equal(OutboxItemState.Queued, released.State);
        Assert.Equal(0, released.Attempts);
        Assert.True(released.CanClaim(Now));
    }

    [Fact]
    public void The_tally_counts_states_and_lists_failures()
    {
        var items = new[]
        {
            Queued(),
            Queued().Claim("i", Now, Lease),
            Queued().Claim("i", Now, Lease).MarkSent("1", "c", Now),
            (Queued() with { Target = Queued().Target with { Label = "Newsletter" } }).Fail("HTTP 403 (bot removed or not allowed)"),
        };

        var tally = DeliveryTally.Of(items);

        Assert.Equal((1, 1, 1, 1, 4), (tally.Queued, tally.Sending, tally.Sent, tally.Failed, tally.Total));
        Assert.False(tally.IsComplete);
        Assert.Equal(("Newsletter", "HTTP 403 (bot removed or not allowed)"), Assert.Single(tally.Failures));
    }
}
