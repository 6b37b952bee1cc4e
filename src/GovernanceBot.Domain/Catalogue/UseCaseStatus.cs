namespace GovernanceBot.Domain.Catalogue;

/// <summary>Where a catalogued use case stands; coarser than the workflow's states (DESIGN §4.7).</summary>
public enum UseCaseStatus
{
    Unknown,
    InDevelopment,
    Pilot,
    InProduction,
    Retired,
}
