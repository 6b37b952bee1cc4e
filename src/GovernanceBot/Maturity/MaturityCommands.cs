using GovernanceBot.Modules;

namespace GovernanceBot.Maturity;

/// <summary>What users type to reach the questionnaire and its reports, in French and English.</summary>
public static class MaturityCommands
{
    public static readonly BotCommand Start = new("maturité", "maturity", "évaluation", "assessment", "score card", "scorecard");
    public static readonly BotCommand History = new("mes évaluations", "my assessments", "historique maturité", "maturity history");
    public static readonly BotCommand Overview = new("synthèse maturité", "maturity overview", "maturité hubs", "maturity hubs");
}
