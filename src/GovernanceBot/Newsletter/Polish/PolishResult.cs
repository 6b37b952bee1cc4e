using GovernanceBot.Domain.Newsletter.Facts;

namespace GovernanceBot.Newsletter.Polish;

/// <summary>What asking the LLM to polish a section gave.</summary>
public enum PolishStatus
{
    /// <summary>A rewrite that kept every fact, for the person to accept or discard.</summary>
    Proposed,

    /// <summary>A rewrite that lost or invented facts: refused, <see cref="PolishResult.Check"/> says which.</summary>
    FactsChanged,

    /// <summary>No LLM is configured.</summary>
    Unavailable,

    /// <summary>The LLM did not answer in time.</summary>
    TimedOut,

    /// <summary>The LLM answered with an error or nothing usable.</summary>
    Failed,
}

/// <summary>The outcome of one polish request: the status, the rewrite when there is one, and the fact check.</summary>
public sealed record PolishResult(PolishStatus Status, string? Rewrite = null, FactCheckResult? Check = null);
