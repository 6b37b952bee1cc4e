namespace GovernanceBot.Domain.Newsletter;

/// <summary>The sections of DESIGN §6, in their usual order, and the ones people add.</summary>
public enum SectionKind
{
    Progress,
    NewInProduction,
    LessonsLearnt,
    Standards,
    UpcomingEvents,
    Champion,
    Custom,
}
