namespace GovernanceBot.BotFramework.Tests.Loopback;

/// <summary>What a loopback server received, as it arrived on the wire (the target is not decoded).</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string? Authorization, string Body, DateTimeOffset ReceivedAt);
