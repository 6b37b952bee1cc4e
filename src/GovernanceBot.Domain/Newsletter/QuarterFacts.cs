using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Newsletter;

/// <summary>Everything the store knows that a quarter's issue may draw on; the composer picks what belongs to <see cref="Quarter"/>.</summary>
public sealed record QuarterFacts(
    Quarter Quarter,
    DateOnly Today,
    IReadOnlyList<UseCase> UseCases,
    IReadOnlyDictionary<string, string> HubNames,
    IReadOnlyList<LessonLearnt> Lessons,
    IReadOnlyList<StandardChange> Standards,
    IReadOnlyList<UpcomingEvent> Events);
