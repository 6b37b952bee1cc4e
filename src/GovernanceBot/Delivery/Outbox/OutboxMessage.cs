using GovernanceBot.Domain.Delivery;

namespace GovernanceBot.Delivery.Outbox;

/// <summary>
/// One message a feature hands to the outbox. <see cref="RecipientKey"/> is unique within the occurrence
/// (e.g. the channel id): enqueuing the same occurrence again never adds a second message for it.
/// </summary>
public sealed record OutboxMessage(string RecipientKey, DeliveryTarget Target, OutboxContent Content);
