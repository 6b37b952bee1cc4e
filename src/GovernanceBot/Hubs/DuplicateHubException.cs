namespace GovernanceBot.Hubs;

/// <summary>A hub whose name gives the same id as an existing hub.</summary>
public sealed class DuplicateHubException(Hub existing) : Exception($"The hub '{existing.Name}' already exists.")
{
    public Hub Existing { get; } = existing;
}
