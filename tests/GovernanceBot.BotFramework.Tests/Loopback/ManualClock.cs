using GovernanceBot.TestSupport.Loopback;
namespace GovernanceBot.BotFramework.Tests.Loopback;

/// <summary>A clock the test moves forward by hand, to reach cache expiries without waiting.</summary>
public sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
