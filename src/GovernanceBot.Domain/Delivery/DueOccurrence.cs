namespace GovernanceBot.Domain.Delivery;

/// <summary>
/// One run a job owes now. <see cref="ScheduledFor"/> names the occurrence (and makes its messages
/// unique); <see cref="Late"/> and <see cref="MissedSlots"/> let the message say it comes late after
/// downtime; <see cref="NextDue"/> is where the job's clock moves once this run is enqueued.
/// </summary>
public sealed record DueOccurrence(DateTimeOffset ScheduledFor, bool Late, int MissedSlots, DateTimeOffset? NextDue);
