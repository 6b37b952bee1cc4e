namespace GovernanceBot.Domain.Maturity;

/// <summary>A range of total scores (inclusive), what it means and the actions recommended to anyone in it.</summary>
public sealed record ScoreBracket(string Id, int From, int To, LocalizedText Title, LocalizedText Meaning, IReadOnlyList<LocalizedText> Actions)
{
    public bool Contains(int score) => score >= From && score <= To;
}
