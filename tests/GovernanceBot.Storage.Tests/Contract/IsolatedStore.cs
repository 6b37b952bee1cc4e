using GovernanceBot.Storage;

namespace GovernanceBot.Storage.Tests.Contract;

/// <summary>A store of its own for one test, which the test may take down (an outage) and bring back.</summary>
public abstract class IsolatedStore : IAsyncDisposable
{
    /// <summary>A new provider instance on the store's data, as after a restart of the application.</summary>
    public abstract ITableStorage Open();

    public abstract Task BeginOutageAsync();

    public abstract Task EndOutageAsync();

    public abstract ValueTask DisposeAsync();
}
