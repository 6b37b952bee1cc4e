namespace GovernanceBot.Domain.Maturity;

/// <summary>When an answer is worth at most <see cref="AtMostPoints"/>, <see cref="Action"/> is recommended.</summary>
public sealed record WeakAnswerRule(int AtMostPoints, LocalizedText Action);
