namespace GovernanceBot.Domain.UseCases;

/// <summary>The capacity in which someone acts on one use case.</summary>
public enum UseCaseCapacity
{
    /// <summary>The submitter, or a member of the use case's hub.</summary>
    HubMember,

    /// <summary>The central industrialisation team.</summary>
    CentralTeam,

    /// <summary>The steering committee.</summary>
    Copil,
}
