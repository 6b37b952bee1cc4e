namespace GovernanceBot.Identity;

/// <summary>Things only some roles may do. Features ask <see cref="UserAccess.May"/>, never a role directly.</summary>
public enum Permission
{
    /// <summary>Add hubs to the list users choose from.</summary>
    ManageHubs,

    /// <summary>See every hub's maturity scores side by side, and any hub's history.</summary>
    ViewAllHubsMaturity,
}
