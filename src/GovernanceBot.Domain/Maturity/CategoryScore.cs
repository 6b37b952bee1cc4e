namespace GovernanceBot.Domain.Maturity;

/// <summary>Points earned in one category out of the most it can give.</summary>
public sealed record CategoryScore(string CategoryId, int Points, int MaxPoints)
{
    public int Percentage => MaturityScore.PercentOf(Points, MaxPoints);
}
