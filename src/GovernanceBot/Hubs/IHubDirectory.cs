namespace GovernanceBot.Hubs;

/// <summary>The list of hubs users choose from. Only admins add to it (the feature checks the permission).</summary>
public interface IHubDirectory
{
    /// <summary>Every hub, sorted by name.</summary>
    Task<IReadOnlyList<Hub>> ListAsync(CancellationToken cancellationToken);

    Task<Hub?> FindAsync(string hubId, CancellationToken cancellationToken);

    /// <summary>Adds a hub; throws <see cref="DuplicateHubException"/> when one with the same id exists.</summary>
    Task<Hub> AddAsync(string name, string? createdBy, CancellationToken cancellationToken);
}
