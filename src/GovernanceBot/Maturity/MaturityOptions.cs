namespace GovernanceBot.Maturity;

/// <summary>Configuration section <c>Maturity</c>.</summary>
public sealed class MaturityOptions
{
    public const string Section = "Maturity";

    /// <summary>
    /// A questionnaire JSON file replacing the one built into the bot (same format as
    /// <c>Maturity/questionnaire.v1.json</c>); empty for the built-in one.
    /// </summary>
    public string? QuestionnairePath { get; set; }
}
