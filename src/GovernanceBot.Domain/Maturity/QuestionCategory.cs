namespace GovernanceBot.Domain.Maturity;

/// <summary>A group of questions scored together (Data, Data science, Business &amp; culture).</summary>
public sealed record QuestionCategory(string Id, LocalizedText Title);
