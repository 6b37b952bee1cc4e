using GovernanceBot.Demo;

namespace GovernanceBot.Hubs;

/// <summary>A handful of plausible hubs so the hub picker is not empty on a first local run.</summary>
internal sealed class HubsDemoData(IHubDirectory hubs) : IDemoDataContributor
{
    /// <summary>The demo hubs; other features' demo data may refer to them by id.</summary>
    public static readonly string[] Names = ["Banque de détail", "Courrier & colis", "Assurance", "Ressources humaines"];

    public int Order => 10;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var name in Names)
        {
            if (await hubs.FindAsync(HubIds.FromName(name), cancellationToken) is not null) continue;
            try
            {
                await hubs.AddAsync(name, createdBy: "demo", cancellationToken);
            }
            catch (DuplicateHubException)
            {
                // Another instance seeded it between our check and our insert: the hub exists, which is all we want.
            }
        }
    }
}
