namespace GovernanceBot.Domain.UseCases;

/// <summary>How often results are produced.</summary>
public enum DeliveryFrequency
{
    RealTime,
    Hourly,
    Daily,
    Weekly,
    Monthly,
    OnDemand,
}
