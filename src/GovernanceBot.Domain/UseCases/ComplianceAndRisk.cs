namespace GovernanceBot.Domain.UseCases;

/// <summary>Compliance and risk (DESIGN §4.5).</summary>
public sealed record ComplianceAndRisk
{
    public YesNo? PersonalData { get; init; }

    /// <summary>Asked only when personal data is involved.</summary>
    public YesNo? DpoConsulted { get; init; }

    public AiActRiskLevel? AiActRisk { get; init; }
    public string? EthicsConcerns { get; init; }
    public SecurityReviewStatus? SecurityReview { get; init; }
}
