using GovernanceBot.Domain;

namespace GovernanceBot.Delivery.Outbox;

/// <summary>
/// One batch of messages sent together: a job occurrence ("copil-agenda@2026-12-01T08:00Z"), or one
/// feature's notification. <see cref="OwnerAadObjectId"/> is told once, in <see cref="OwnerLanguage"/>,
/// about messages that could not be delivered.
/// </summary>
public sealed record OutboxOccurrence(
    string OccurrenceId,
    string Title,
    string? JobId,
    string? JobType,
    string? OwnerAadObjectId,
    Language OwnerLanguage,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ScheduledFor,
    bool Late)
{
    /// <summary>The occurrence id of a scheduled job's run: the job and the slot it ran for, so a replay maps to the same id.</summary>
    public static string IdFor(string jobId, DateTimeOffset scheduledFor) =>
        $"{jobId}@{scheduledFor.UtcDateTime:yyyy-MM-ddTHH:mmZ}";
}
