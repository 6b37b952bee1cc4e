using GovernanceBot.Domain.Delivery;

namespace GovernanceBot.Delivery.Schedules;

/// <summary>One run of a job: the job as stored and the occurrence it runs for (late or not).</summary>
public sealed record JobRun(ScheduledJob Job, DueOccurrence Due);
