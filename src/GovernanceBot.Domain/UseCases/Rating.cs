namespace GovernanceBot.Domain.UseCases;

/// <summary>One T.L.D. criterion's rating: the higher, the more machine learning can add.</summary>
public enum Rating
{
    Low,
    Medium,
    High,
}
