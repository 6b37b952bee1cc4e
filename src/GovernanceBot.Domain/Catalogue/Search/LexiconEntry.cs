namespace GovernanceBot.Domain.Catalogue.Search;

/// <summary>Words or phrases that mean the same thing, in French and English (folded, lower case).</summary>
public sealed record LexiconEntry(IReadOnlyList<string> Fr, IReadOnlyList<string> En);
