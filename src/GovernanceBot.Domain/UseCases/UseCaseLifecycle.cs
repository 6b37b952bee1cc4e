namespace GovernanceBot.Domain.UseCases;

/// <summary>
/// The governance workflow of DESIGN §4.7 as one table. Draft → Submitted → In evaluation → Evaluated →
/// Prioritised / Deferred / Rejected → In industrialisation → In validation → In production → Retired, with the
/// central team able to send a case back to its hub, and validation able to return to industrialisation.
/// </summary>
public static class UseCaseLifecycle
{
    private static readonly UseCaseCapacity[] Hub = [UseCaseCapacity.HubMember];
    private static readonly UseCaseCapacity[] Central = [UseCaseCapacity.CentralTeam];
    private static readonly UseCaseCapacity[] Copil = [UseCaseCapacity.Copil];

    public static readonly IReadOnlyList<LifecycleRule> Rules =
    [
        new(LifecycleAction.Submit, [UseCaseState.Draft], UseCaseState.Submitted, Hub, HistoryEvent.Submitted),
        new(LifecycleAction.Take, [UseCaseState.Submitted], UseCaseState.InEvaluation, Central, HistoryEvent.Taken),
        // Questions for the hub: the case goes back to Draft, editable again, and is resubmitted under the same id.
        new(LifecycleAction.SendBack, [UseCaseState.Submitted, UseCaseState.InEvaluation], UseCaseState.Draft, Central, HistoryEvent.SentBack, CommentRule.Required, OwnerOnly: true),
        new(LifecycleAction.MarkEvaluated, [UseCaseState.InEvaluation], UseCaseState.Evaluated, Central, HistoryEvent.Evaluated, OwnerOnly: true),
        new(LifecycleAction.Prioritise, [UseCaseState.Evaluated, UseCaseState.Deferred], UseCaseState.Prioritised, Copil, HistoryEvent.Prioritised),
        new(LifecycleAction.Defer, [UseCaseState.Evaluated], UseCaseState.Deferred, Copil, HistoryEvent.Deferred, NeedsDate: true),
        new(LifecycleAction.Reject, [UseCaseState.Evaluated, UseCaseState.Deferred], UseCaseState.Rejected, Copil, HistoryEvent.Rejected, CommentRule.Required),
        new(LifecycleAction.StartIndustrialisation, [UseCaseState.Prioritised], UseCaseState.InIndustrialisation, Central, HistoryEvent.IndustrialisationStarted),
        new(LifecycleAction.RequestValidation, [UseCaseState.InIndustrialisation], UseCaseState.InValidation, Central, HistoryEvent.ValidationRequested),
        new(LifecycleAction.ConfirmBusinessValidation, [UseCaseState.InValidation], null, Hub, HistoryEvent.BusinessValidationConfirmed),
        new(LifecycleAction.ConfirmSecurityReview, [UseCaseState.InValidation], null, Central, HistoryEvent.SecurityReviewConfirmed),
        new(LifecycleAction.ReturnToIndustrialisation, [UseCaseState.InValidation], UseCaseState.InIndustrialisation, [UseCaseCapacity.HubMember, UseCaseCapacity.CentralTeam],
            HistoryEvent.ReturnedToIndustrialisation, CommentRule.Required),
        new(LifecycleAction.GoLive, [UseCaseState.InValidation], UseCaseState.InProduction, Central, HistoryEvent.WentLive),
        new(LifecycleAction.Retire, [UseCaseState.InProduction], UseCaseState.Retired, [UseCaseCapacity.CentralTeam, UseCaseCapacity.Copil], HistoryEvent.Retired, CommentRule.Required),
    ];

    private static readonly Dictionary<LifecycleAction, LifecycleRule> ByAction = Rules.ToDictionary(r => r.Action);

    public static LifecycleRule RuleFor(LifecycleAction action) => ByAction[action];

    /// <summary>The actions <paramref name="actor"/> could take on <paramref name="useCase"/> now (before comments, dates and completeness are checked): the buttons a card shows.</summary>
    public static IReadOnlyList<LifecycleAction> AvailableTo(UseCase useCase, UseCaseActor actor) =>
        [.. Rules.Where(rule => useCase.Refusal(rule, actor) is null).Select(rule => rule.Action)];
}
