using GovernanceBot.Domain.Catalogue.Questions;

namespace GovernanceBot.Domain.Catalogue.Links;

/// <summary>
/// What the central team decided about one (dataset, use case) pair: linked, with the use case's role, by
/// the "lier" / "link" command or by confirming a suggestion; or rejected, so the suggestion is no longer shown.
/// </summary>
public sealed record LinkDecision(
    string DatasetId, string UseCaseId, LinkState State, DatasetRole Role, string By, string ByName, DateTimeOffset At)
{
    /// <summary>The suggestion's score when the decision confirmed or rejected one; null for a link typed by hand.</summary>
    public double? SuggestionScore { get; init; }

    public bool Links => State == LinkState.Linked;
}

/// <summary>A decision's outcome.</summary>
public enum LinkState
{
    Linked,
    Rejected,
}
