namespace GovernanceBot.Domain.Catalogue;

/// <summary>Access level, after DCAT-US's accessLevel (public, restricted public, non-public).</summary>
public enum DatasetSensitivity
{
    Public,
    Restricted,
    NonPublic,
}
