namespace GovernanceBot.TestSupport.Playground;

/// <summary>A channel of the Playground's team, besides the General channel it always has (the Playground allows one).</summary>
public sealed record PlaygroundChannel(string Id, string Name);
