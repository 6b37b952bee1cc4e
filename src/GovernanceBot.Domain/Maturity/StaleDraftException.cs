namespace GovernanceBot.Domain.Maturity;

/// <summary>
/// An action came from an out-of-date copy of the question card (another copy moved on, or the draft was
/// replaced): applying it would overwrite newer answers, so it is refused.
/// </summary>
public sealed class StaleDraftException(int expectedRevision, int actualRevision)
    : Exception($"The card was made for draft revision {expectedRevision}; the draft is at revision {actualRevision}.")
{
    public int ExpectedRevision { get; } = expectedRevision;
    public int ActualRevision { get; } = actualRevision;
}
