namespace GovernanceBot.BotFramework.Proactive;

/// <summary>A Teams channel in which the bot may start new threads (the channel's own id, "19:…@thread.tacv2").</summary>
public sealed record ChannelAddress(string ServiceUrl, string TeamsChannelId, string BotId, string? TenantId);
