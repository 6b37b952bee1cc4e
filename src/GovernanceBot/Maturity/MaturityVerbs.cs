namespace GovernanceBot.Maturity;

/// <summary>The Action.Execute verbs of the maturity cards.</summary>
public static class MaturityVerbs
{
    /// <summary>Start, or resume, the user's assessment for their hub (asks for the hub first if unknown).</summary>
    public const string Start = "maturity.start";

    /// <summary>Show the hub picker to change hub.</summary>
    public const string ChooseHub = "maturity.chooseHub";

    /// <summary>The hub picker's choice (input <c>hubId</c>).</summary>
    public const string SelectHub = "maturity.selectHub";

    /// <summary>Save the current answer (input <c>answer</c>) and go to the next question, or finish on the last.</summary>
    public const string Answer = "maturity.answer";

    /// <summary>Save the current answer if one is given and go back one question.</summary>
    public const string Back = "maturity.back";

    /// <summary>Save the current answer if one is given and close the card; the draft waits for the user.</summary>
    public const string Save = "maturity.save";

    /// <summary>A finished assessment's result card.</summary>
    public const string Result = "maturity.result";

    /// <summary>A hub's finished assessments, newest first.</summary>
    public const string History = "maturity.history";

    /// <summary>Every hub's latest score side by side (central team, Copil, admins).</summary>
    public const string Overview = "maturity.overview";
}
