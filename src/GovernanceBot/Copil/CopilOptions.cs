using GovernanceBot.Domain.Copil;

namespace GovernanceBot.Copil;

/// <summary>The "Copil" configuration section: the weights of the value and feasibility criteria, the quadrant threshold, and the calendar defaults.</summary>
public sealed class CopilOptions
{
    public const string Section = "Copil";

    public PriorityWeights Weights { get; init; } = PriorityWeights.Default;

    /// <summary>What "copil planifier" assumes when the command does not say: the session's day of the month and hour.</summary>
    public int SessionDay { get; init; } = 10;

    public int SessionHour { get; init; } = 14;

    /// <summary>How many days before a session its agenda goes out, unless the command says ("ordre du jour 5 jours avant").</summary>
    public int AgendaDaysBefore { get; init; } = 3;

    /// <summary>How many hours after a session starts its decisions digest goes out, unless the command says ("synthèse à 18h").</summary>
    public int DigestHoursAfter { get; init; } = 4;
}
