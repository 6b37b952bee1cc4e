namespace GovernanceBot.UseCases;

/// <summary>The Action.Execute verbs of the use-case cards.</summary>
public static class UseCaseVerbs
{
    public const string Start = "usecase.start";
    public const string NewDraft = "usecase.new";
    public const string Wizard = "usecase.wizard";
    public const string Open = "usecase.open";
    public const string Mine = "usecase.mine";
    public const string ToEvaluate = "usecase.toEvaluate";
    public const string Transition = "usecase.transition";
    public const string Evaluate = "usecase.evaluate";
    public const string SaveScores = "usecase.scores";
    public const string EditFacts = "usecase.facts";
    public const string SaveFacts = "usecase.saveFacts";
    public const string SelectHub = "usecase.selectHub";
}
