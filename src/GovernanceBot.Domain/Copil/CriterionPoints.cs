namespace GovernanceBot.Domain.Copil;

/// <summary>One criterion's contribution: its reading on a 0–1 scale (1 = best for the Copil).</summary>
public sealed record CriterionPoints(Criterion Criterion, double Reading);
