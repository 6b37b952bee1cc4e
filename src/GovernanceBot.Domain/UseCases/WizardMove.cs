namespace GovernanceBot.Domain.UseCases;

/// <summary>The wizard's buttons.</summary>
public enum WizardMove
{
    /// <summary>Save this step and go to the next; the step's required fields must be filled.</summary>
    Next,

    /// <summary>Save what is valid and go to the previous step.</summary>
    Back,

    /// <summary>Save what is valid and stop here; the draft resumes on this step.</summary>
    SaveAndQuit,

    /// <summary>Jump to a step (from the review's "edit" links), saving what is valid.</summary>
    GoTo,
}
