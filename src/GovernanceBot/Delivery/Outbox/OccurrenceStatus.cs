using GovernanceBot.Domain.Delivery;

namespace GovernanceBot.Delivery.Outbox;

/// <summary>What "delivery status" shows for one occurrence.</summary>
public sealed record OccurrenceStatus(OutboxOccurrence Occurrence, DeliveryTally Tally, bool Open, bool FailuresReported);
