namespace GovernanceBot.Modules;

/// <summary>The modules the bot runs, in registration order, and the one that answers text nothing else matches.</summary>
public sealed record FeatureModules(IReadOnlyList<IFeatureModule> Modules, Type FallbackOwner);
