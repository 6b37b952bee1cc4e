using GovernanceBot.Domain;
using GovernanceBot.Domain.Delivery;
using GovernanceBot.Identity;

namespace GovernanceBot.Delivery.Schedules;

/// <summary>
/// A stored job: what runs (<see cref="JobType"/>, handled by the feature that registered it), when
/// (<see cref="Schedule"/>, described as the user said it in <see cref="When"/>), for which channel
/// purpose, who owns it, and where its clock stands (next due, last run and whether it ran late).
/// </summary>
public sealed record ScheduledJob(
    string Id,
    string JobType,
    string Title,
    JobSchedule Schedule,
    string When,
    string? Purpose,
    string? Text,
    Role OwnerRole,
    string CreatedBy,
    Language Language,
    bool Paused,
    DateTimeOffset? NextDueAt,
    DateTimeOffset? LastRunAt,
    DateTimeOffset? LastScheduledFor,
    bool LastRunLate,
    int LastMissedSlots,
    DateTimeOffset CreatedAt);
