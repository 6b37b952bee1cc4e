namespace GovernanceBot.Domain.UseCases;

/// <summary>The EU AI Act risk categories.</summary>
public enum AiActRiskLevel
{
    Minimal,
    Limited,
    High,
    Unacceptable,
}
