namespace GovernanceBot.Domain.Catalogue.Browse;

/// <summary>A value a filter can take, with how many records would match it given the other filters.</summary>
public sealed record FacetValue<T>(T Value, int Count);
