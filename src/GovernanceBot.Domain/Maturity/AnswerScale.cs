namespace GovernanceBot.Domain.Maturity;

/// <summary>A whole-number scale question's bounds, the words at each end and the bands that score it.</summary>
public sealed record AnswerScale(int Min, int Max, LocalizedText MinLabel, LocalizedText MaxLabel, IReadOnlyList<ScoreBand> Bands);
