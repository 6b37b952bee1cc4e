namespace GovernanceBot.Domain.UseCases;

/// <summary>What someone can do to a use case's governance state; <see cref="UseCaseLifecycle"/> says who, from where, to where.</summary>
public enum LifecycleAction
{
    Submit,
    Take,
    SendBack,
    MarkEvaluated,
    Prioritise,
    Defer,
    Reject,
    StartIndustrialisation,
    RequestValidation,
    ConfirmBusinessValidation,
    ConfirmSecurityReview,
    ReturnToIndustrialisation,
    GoLive,
    Retire,
}
