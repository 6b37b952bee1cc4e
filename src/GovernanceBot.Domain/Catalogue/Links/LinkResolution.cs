using GovernanceBot.Domain.Catalogue.Questions;

namespace GovernanceBot.Domain.Catalogue.Links;

/// <summary>
/// What "lier …" / "link …" names: both records for sure (<see cref="LinkOutcome.Resolved"/>), candidates to
/// choose from on one side or both, a side that matched nothing, or text whose two names cannot be told apart.
/// </summary>
public sealed record LinkResolution(LinkOutcome Outcome, RecordMatch? UseCase, RecordMatch? Dataset, DatasetRole Role)
{
    public static LinkResolution Unclear { get; } = new(LinkOutcome.Unclear, null, null, DatasetRole.Consumes);
}

public enum LinkOutcome
{
    Resolved,
    Choose,
    NotFound,
    Unclear,
}
