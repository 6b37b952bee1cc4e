namespace GovernanceBot.Domain.Newsletter;

/// <summary>One place a section's facts came from: its kind and the record it names (a use-case number, a person).</summary>
public sealed record FactSource(SourceKind Kind, string? Reference = null);
