namespace GovernanceBot.Domain.UseCases;

/// <summary>The governance states of DESIGN §4.7, in workflow order.</summary>
public enum UseCaseState
{
    Draft,
    Submitted,
    InEvaluation,
    Evaluated,
    Prioritised,
    Deferred,
    Rejected,
    InIndustrialisation,
    InValidation,
    InProduction,
    Retired,
}
