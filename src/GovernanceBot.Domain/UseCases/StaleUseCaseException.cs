namespace GovernanceBot.Domain.UseCases;

/// <summary>
/// The card was drawn from an older revision of the use case: someone else changed it since, so acting on
/// what the card shows could overwrite their change.
/// </summary>
public sealed class StaleUseCaseException(int cardRevision, int currentRevision)
    : Exception($"The card was made for revision {cardRevision}; the use case is at revision {currentRevision}.")
{
    public int CardRevision { get; } = cardRevision;
    public int CurrentRevision { get; } = currentRevision;
}
