using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Hosting;

/// <summary>What a processed turn gives back to the HTTP caller.</summary>
/// <param name="InvokeResponse">For invoke activities: the handler's response (null when none was produced).</param>
/// <param name="Replies">For deliveryMode expectReplies: every activity the turn sent; otherwise null.</param>
public sealed record TurnOutcome(InvokeResponse? InvokeResponse, IReadOnlyList<Activity>? Replies)
{
    /// <summary>
    /// <see cref="Replies"/> already written as a JSON array (the retry cache keeps them so), written to the
    /// response as they are instead of serializing the replies a second time.
    /// </summary>
    public ReadOnlyMemory<byte>? RepliesJson { get; init; }

    /// <summary><see cref="InvokeResponse"/>'s body already written as JSON, for the same reason.</summary>
    public ReadOnlyMemory<byte>? InvokeBodyJson { get; init; }
}
