using GovernanceBot.Domain.Copil;

namespace GovernanceBot.Copil;

/// <summary>The Copil's calendar as planned in chat, with the two scheduled jobs that carry it out (agenda, digest).</summary>
public sealed record CopilPlan(CopilCalendar Calendar, string AgendaJobId, string DigestJobId, string PlannedBy, DateTimeOffset PlannedAt);
