namespace GovernanceBot.Domain.Newsletter;

/// <summary>Where a section's facts came from.</summary>
public enum SourceKind
{
    /// <summary>One use case of the registry (its number in <see cref="FactSource.Reference"/>).</summary>
    UseCase,

    /// <summary>The registry as a whole: counts over every use case.</summary>
    UseCaseRegistry,

    /// <summary>A lesson learnt a hub entered on a use case.</summary>
    LessonLearnt,

    /// <summary>The standards changes the comms team recorded.</summary>
    StandardsList,

    /// <summary>The events list the comms team keeps.</summary>
    EventsList,

    /// <summary>Written by a person of the comms team (their name in <see cref="FactSource.Reference"/>).</summary>
    Written,
}
