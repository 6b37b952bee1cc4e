using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Copil;

/// <summary>
/// The value criteria the Copil weighs beyond the hub's T.L.D. screen (DESIGN §4.9): return on investment,
/// business criticality and strategic alignment, each rated by the central team when it prepares the session.
/// Any of them may be unknown; scoring then says so instead of guessing.
/// </summary>
public sealed record CopilCriteria(Rating? Roi = null, Rating? BusinessCriticality = null, Rating? StrategicAlignment = null)
{
    public static readonly CopilCriteria None = new();
}
