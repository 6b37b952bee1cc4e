namespace GovernanceBot.Domain.UseCases;

/// <summary>The submission wizard's steps, in order; <see cref="Review"/> shows everything before Submit.</summary>
public enum WizardStep
{
    Value,
    Feasibility,
    Scope,
    Canvas,
    Compliance,
    Package,
    Review,
}
