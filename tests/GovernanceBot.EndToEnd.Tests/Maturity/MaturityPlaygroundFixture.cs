using GovernanceBot.TestSupport.Playground;

namespace GovernanceBot.EndToEnd.Tests.Maturity;

/// <summary>The bot with its demo data (hubs to choose from), as a newcomer runs it.</summary>
public sealed class MaturityPlaygroundFixture : PlaygroundFixture
{
    protected override IReadOnlyDictionary<string, string?> BotEnvironment(PlaygroundConfiguration configuration) =>
        new Dictionary<string, string?> { ["Demo__Enabled"] = "true" };
}
