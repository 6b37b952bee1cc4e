using GovernanceBot.TestSupport;

namespace GovernanceBot.Storage.Tests.Contract;

/// <summary>One in-memory Azurite for a test class; tests keep apart through their own table prefix.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public AzuriteProcess Azurite { get; private set; } = null!;

    public async Task InitializeAsync() => Azurite = await AzuriteProcess.StartAsync();

    public async Task DisposeAsync() => await Azurite.DisposeAsync();
}
