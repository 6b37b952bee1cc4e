namespace GovernanceBot.Domain.Copil;

/// <summary>One input of the value or feasibility score, so explanations and missing data can name it.</summary>
public enum Criterion
{
    Time,
    Logic,
    Data,
    Roi,
    BusinessCriticality,
    StrategicAlignment,
    DataAvailability,
    ComparableCases,
    Complexity,
    Verdict,
    Industrialisation,
}
