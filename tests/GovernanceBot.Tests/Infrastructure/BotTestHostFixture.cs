namespace GovernanceBot.Tests.Infrastructure;

/// <summary>One in-memory bot shared by a test class (xunit class fixture).</summary>
public sealed class BotTestHostFixture : IDisposable
{
    public BotTestHost Host { get; } = new();

    public void Dispose() => Host.Dispose();
}
