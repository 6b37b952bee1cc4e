namespace GovernanceBot.Domain.Copil;

/// <summary>One completed maturity assessment reduced to what the KPIs need: which hub, when, the overall score.</summary>
public sealed record HubMaturity(string HubId, DateTimeOffset CompletedAt, double Score);
