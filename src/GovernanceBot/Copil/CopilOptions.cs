using GovernanceBot.Domain.Copil;

namespace GovernanceBot.Copil;

/// <summary>The "Copil" configuration section: the weights of the value and feasibility criteria and the quadrant threshold.</summary>
public sealed class CopilOptions
{
    public const string Section = "Copil";

    public PriorityWeights Weights { get; init; } = PriorityWeights.Default;
}
