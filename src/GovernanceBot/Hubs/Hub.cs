namespace GovernanceBot.Hubs;

/// <summary>A business-line data-science team users can belong to; <see cref="Id"/> is derived from the name.</summary>
public sealed record Hub(string Id, string Name, DateTimeOffset CreatedAt, string? CreatedBy);
