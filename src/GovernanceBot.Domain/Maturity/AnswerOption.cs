namespace GovernanceBot.Domain.Maturity;

/// <summary>One choice of a choice question: the stored value, what the user reads, what it is worth.</summary>
public sealed record AnswerOption(string Value, LocalizedText Label, int Points);
