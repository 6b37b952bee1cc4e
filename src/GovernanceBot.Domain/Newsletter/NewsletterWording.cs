namespace GovernanceBot.Domain.Newsletter;

/// <summary>
/// The phrases the composer writes sections with, in one language, from the host's texts. Templates name their
/// blanks in braces: {submitted}, {live}, {industrialising}, {inProduction}; {title}, {number}, {hub}, {impact},
/// {contact}, {date}; {lesson}, {author}; {summary}; {kind}, {place}; {count}, {titles}.
/// </summary>
public sealed record NewsletterWording(
    Language Language,
    string ProgressTitle,
    string ProgressBody,
    string LaunchesTitle,
    string LaunchLine,
    string NoImpact,
    string NoContact,
    string LessonsTitle,
    string LessonLine,
    string StandardsTitle,
    string StandardLine,
    string EventsTitle,
    string EventLine,
    string EventPlace,
    string ChampionTitle,
    string ChampionBody,
    IReadOnlyDictionary<EventKind, string> EventKinds);
