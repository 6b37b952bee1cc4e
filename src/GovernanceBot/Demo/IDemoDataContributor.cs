namespace GovernanceBot.Demo;

/// <summary>
/// A feature's sample records for the zero-configuration local run (hubs, past assessments…), so a
/// newcomer sees a lived-in bot. Contributors must be idempotent: they run at every start-up while
/// demo data is enabled and must not duplicate or overwrite what users changed.
/// </summary>
public interface IDemoDataContributor
{
    /// <summary>Lower runs first (hubs before the assessments that reference them).</summary>
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
