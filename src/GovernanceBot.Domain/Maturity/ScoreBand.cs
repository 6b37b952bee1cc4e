namespace GovernanceBot.Domain.Maturity;

/// <summary>Scale values <see cref="From"/>..<see cref="To"/> (inclusive) are worth <see cref="Points"/>.</summary>
public sealed record ScoreBand(int From, int To, int Points)
{
    public bool Contains(int value) => value >= From && value <= To;
}
