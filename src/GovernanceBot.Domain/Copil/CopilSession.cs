using System.Globalization;

namespace GovernanceBot.Domain.Copil;

/// <summary>
/// One Copil meeting: when it is held, at which cadence, the central team's edits to its agenda, and once the
/// agenda went out, the occurrence it went out under and the use cases given a decision card, in agenda order.
/// That list is frozen when the agenda is posted, so every channel's thread gets the same cards, however late a
/// reply is caught up.
/// </summary>
public sealed record CopilSession(
    DateOnly Date,
    DateTimeOffset At,
    CopilCadence Cadence,
    AgendaAdjustments Adjustments,
    string? AgendaOccurrenceId = null,
    DateTimeOffset? PostedAt = null,
    IReadOnlyList<Guid>? DecisionCards = null,
    Language Language = Language.French)
{
    /// <summary>The session's stable key, its date ("2026-12-10"): one session a day at most.</summary>
    public string Key => KeyOf(Date);

    public bool IsPosted => AgendaOccurrenceId is not null;

    public IReadOnlyList<Guid> Decisions => DecisionCards ?? [];

    public static string KeyOf(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? DateOfKey(string? key) =>
        DateOnly.TryParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The same session marked as posted under <paramref name="occurrenceId"/> with its decision cards.</summary>
    /// <param name="language">The language the thread is written in, so later replies and edits match the agenda.</param>
    public CopilSession Posted(string occurrenceId, DateTimeOffset at, IReadOnlyList<Guid> decisionCards, Language language) =>
        this with { AgendaOccurrenceId = occurrenceId, PostedAt = at, DecisionCards = decisionCards, Language = language };
}
