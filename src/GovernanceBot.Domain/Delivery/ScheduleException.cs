namespace GovernanceBot.Domain.Delivery;

/// <summary>A schedule that cannot be used: bad cron expression, unknown time zone, unreadable friendly form, a date in the past.</summary>
public sealed class ScheduleException(string message) : Exception(message);
