using GovernanceBot.Domain.Newsletter.Facts;

namespace GovernanceBot.Domain.Newsletter;

/// <summary>A rewrite that lost or invented facts; <see cref="Check"/> says which, for the person to read.</summary>
public sealed class PolishRefusedException(FactCheckResult check) : Exception("The rewrite changed the facts.")
{
    public FactCheckResult Check { get; } = check;
}
