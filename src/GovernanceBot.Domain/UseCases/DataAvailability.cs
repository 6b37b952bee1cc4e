namespace GovernanceBot.Domain.UseCases;

/// <summary>Where the data a use case needs would come from.</summary>
public enum DataAvailability
{
    Internal,
    MustBeAcquired,
    NotAvailable,
}
