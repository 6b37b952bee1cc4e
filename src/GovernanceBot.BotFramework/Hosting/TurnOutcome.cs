using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Hosting;

/// <summary>What a processed turn gives back to the HTTP caller.</summary>
/// <param name="InvokeResponse">For invoke activities: the handler's response (null when none was produced).</param>
/// <param name="Replies">For deliveryMode expectReplies: every activity the turn sent; otherwise null.</param>
public sealed record TurnOutcome(InvokeResponse? InvokeResponse, IReadOnlyList<Activity>? Replies);
