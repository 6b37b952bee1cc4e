using GovernanceBot.TestSupport;

namespace GovernanceBot.Tests.Delivery;

/// <summary>Exactly-once delivery on Azure Table Storage (Azurite): the same ETag leases over the real REST API.</summary>
public sealed class AzureTablesDeliveryTests : ExactlyOnceDelivery
{
    private AzuriteProcess _azurite = null!;
    private readonly string _prefix = "t" + Guid.NewGuid().ToString("N")[..8];

    protected override Dictionary<string, string?> StorageSettings() => SenderInstance.AzureTables(_azurite.ConnectionString, _prefix);

    public override async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}
