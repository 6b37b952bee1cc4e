namespace GovernanceBot.Domain.Maturity;

/// <summary>How one category moved between two assessments of the same questionnaire version.</summary>
public sealed record CategoryDelta(string CategoryId, int PreviousPoints, int CurrentPoints, int MaxPoints)
{
    public int Delta => CurrentPoints - PreviousPoints;
}
