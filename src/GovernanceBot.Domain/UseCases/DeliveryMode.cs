namespace GovernanceBot.Domain.UseCases;

/// <summary>How the results reach their users.</summary>
public enum DeliveryMode
{
    Api,
    FeatureInExistingTool,
    Dashboard,
    Email,
    FileExport,
    Other,
}
