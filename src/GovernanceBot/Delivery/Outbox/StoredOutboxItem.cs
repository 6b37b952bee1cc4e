using GovernanceBot.Domain.Delivery;

namespace GovernanceBot.Delivery.Outbox;

/// <summary>An outbox item with the ETag it was read at: the next write succeeds only if nobody changed it since.</summary>
public sealed record StoredOutboxItem(OutboxItem Item, string ETag);
