namespace GovernanceBot.Domain.UseCases;

/// <summary>What the industrialisation score suggests to the Copil.</summary>
public enum IndustrialisationRecommendation
{
    Industrialise,
    IndustrialiseWithConditions,
    NotReady,
}
