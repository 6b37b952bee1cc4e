namespace GovernanceBot.Domain.UseCases;

/// <summary>The four axes of the central team's industrialisation score (DESIGN §4.8).</summary>
public enum EvaluationAxis
{
    /// <summary>Code quality and the proposed architecture.</summary>
    TechnicalMaturity,

    /// <summary>How hard industrialising it is: rated 1 (simple) to 5 (very complex), scored inverted.</summary>
    IndustrialisationComplexity,

    /// <summary>Compliance with internal standards (security, data).</summary>
    StandardsCompliance,

    /// <summary>Potential for reuse and pooling across hubs.</summary>
    ReusePotential,
}
