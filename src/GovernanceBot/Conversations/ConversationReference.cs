namespace GovernanceBot.Conversations;

/// <summary>
/// Where and how to reach a conversation later without being asked (Copil agendas, newsletters,
/// status notifications): what a proactive message needs. Stored as is in the ConversationReferences table,
/// one column per property; the defaults are what rows written before those columns existed read as.
/// </summary>
public sealed record ConversationReference(
    string ConversationId,
    string ConversationType,
    string ServiceUrl,
    string ChannelId,
    string? TenantId,
    string? TeamId,
    string? TeamName,
    string? TeamsChannelId,
    string? UserId,
    string? UserAadObjectId,
    string? UserName,
    string BotId,
    DateTimeOffset UpdatedAt = default,
    bool Installed = true);
