namespace GovernanceBot.Hubs;

/// <summary>A hub id that is not in the hub list (a forged or outdated card, or a hub never created).</summary>
public sealed class UnknownHubException(string hubId) : Exception($"There is no hub '{hubId}'.")
{
    public string HubId { get; } = hubId;
}
