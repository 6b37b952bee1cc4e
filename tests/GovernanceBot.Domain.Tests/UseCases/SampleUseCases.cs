using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Tests.UseCases;

/// <summary>People and use cases the use-case tests share.</summary>
internal static class SampleUseCases
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly UseCaseActor Submitter = new("aad-alice", "Alice", "retail-banking");
    public static readonly UseCaseActor HubColleague = new("aad-bruno", "Bruno", "retail-banking");
    public static readonly UseCaseActor OtherHub = new("aad-chloe", "Chloé", "insurance");
    public static readonly UseCaseActor Evaluator = new("aad-dan", "Dan", null, IsCentralTeam: true);
    public static readonly UseCaseActor SecondEvaluator = new("aad-eve", "Eve", null, IsCentralTeam: true);
    public static readonly UseCaseActor CopilMember = new("aad-fay", "Fay", null, IsCopil: true);

    /// <summary>Values for every field that make a submittable use case, as a card would post them.</summary>
    public static readonly IReadOnlyDictionary<string, string?> CompleteValues = new Dictionary<string, string?>
    {
        ["title"] = "Churn early warning",
        ["summary"] = "Flag customers likely to leave within 90 days.",
        ["time"] = "High", ["timeComment"] = "Advisers spend days reviewing accounts.",
        ["logic"] = "Medium", ["logicComment"] = "Advisers follow recurring signals.",
        ["data"] = "High", ["dataComment"] = "Three years of transactions are stored.",
        ["dataAvailability"] = "Internal", ["comparableCases"] = "DocumentedElsewhere", ["complexity"] = "Medium", ["verdict"] = "Feasible",
        ["businessContext"] = "Retail attrition rose last year.", ["problemStatement"] = "Spot leavers early.",
        ["technicalOverview"] = "Supervised classification.", ["dataRequired"] = "Transactions, contacts, products.",
        ["deliverables"] = "Weekly scored list.", ["effortDays"] = "60", ["expertise"] = "DataScientist,DataEngineer",
        ["users"] = "Branch advisers", ["valueProposition"] = "Call the right customers first.", ["primaryKpi"] = "Attrition rate",
        ["delivery"] = "FeatureInExistingTool", ["frequency"] = "Weekly",
        ["personalData"] = "Yes", ["dpoConsulted"] = "Yes", ["aiActRisk"] = "Limited", ["securityReview"] = "InProgress",
        ["prototypeUrl"] = "https://git.example.org/churn", ["documentationUrl"] = "https://wiki.example.org/churn",
        ["businessStakes"] = "Two points of attrition.", ["datasets"] = "transactions\ncontacts", ["hubOwner"] = "Alice Martin", ["businessSponsor"] = "Head of retail",
    };

    public static UseCaseContent CompleteContent() =>
        Enum.GetValues<WizardStep>().Aggregate(UseCaseContent.Empty, (content, step) => UseCaseForm.Apply(content, step, CompleteValues).Content);

    public static UseCase NewDraft() => UseCase.Start(Guid.NewGuid(), "retail-banking", Submitter, Monday).UseCase;

    public static UseCase CompleteDraft() => NewDraft() with { Content = CompleteContent() };

    /// <summary>A use case brought to <paramref name="state"/> through the real transitions, evaluated by <see cref="Evaluator"/>.</summary>
    public static UseCase In(UseCaseState state)
    {
        var now = Monday;
        var useCase = CompleteDraft();
        UseCase Do(LifecycleAction action, UseCaseActor actor, TransitionRequest? request = null) =>
            useCase = useCase.Apply(action, actor, request ?? new TransitionRequest("ok"), now = now.AddHours(1), new UseCaseNumber(2026, 42)).UseCase;

        if (state == UseCaseState.Draft) return useCase;
        Do(LifecycleAction.Submit, Submitter);
        if (state == UseCaseState.Submitted) return useCase;
        Do(LifecycleAction.Take, Evaluator);
        if (state == UseCaseState.InEvaluation) return useCase;
        useCase = useCase.Rate(Evaluator, FullRatings, now).UseCase;
        Do(LifecycleAction.MarkEvaluated, Evaluator);
        if (state == UseCaseState.Evaluated) return useCase;
        if (state == UseCaseState.Deferred) return Do(LifecycleAction.Defer, CopilMember, new TransitionRequest(null, DateOnly.FromDateTime(now.AddDays(90).UtcDateTime)));
        if (state == UseCaseState.Rejected) return Do(LifecycleAction.Reject, CopilMember, new TransitionRequest("No budget this year."));
        Do(LifecycleAction.Prioritise, CopilMember);
        if (state == UseCaseState.Prioritised) return useCase;
        Do(LifecycleAction.StartIndustrialisation, Evaluator);
        if (state == UseCaseState.InIndustrialisation) return useCase;
        Do(LifecycleAction.RequestValidation, Evaluator);
        if (state == UseCaseState.InValidation) return useCase;
        Do(LifecycleAction.ConfirmBusinessValidation, Submitter);
        Do(LifecycleAction.ConfirmSecurityReview, Evaluator);
        Do(LifecycleAction.GoLive, Evaluator);
        if (state == UseCaseState.InProduction) return useCase;
        return Do(LifecycleAction.Retire, CopilMember, new TransitionRequest("Replaced by the group model."));
    }

    public static readonly IReadOnlyDictionary<EvaluationAxis, AxisRating> FullRatings = new Dictionary<EvaluationAxis, AxisRating>
    {
        [EvaluationAxis.TechnicalMaturity] = new(4, "Clean notebook, tests."),
        [EvaluationAxis.IndustrialisationComplexity] = new(2, "Batch scoring only."),
        [EvaluationAxis.StandardsCompliance] = new(4, null),
        [EvaluationAxis.ReusePotential] = new(3, "Other hubs asked."),
    };
}
