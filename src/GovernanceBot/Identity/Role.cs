namespace GovernanceBot.Identity;

/// <summary>The governance roles; a user may hold several.</summary>
public enum Role
{
    Admin,
    CentralTeam,
    Copil,
    Comms,
}
