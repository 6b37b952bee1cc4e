using GovernanceBot.AdaptiveCards;
using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Turns;

/// <summary>
/// One incoming activity and the ways a handler can answer it. Handlers never see HTTP: whether replies
/// go to the connector or back in the HTTP response (expectReplies) is decided by the adapter.
/// </summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>The message text with bot mentions removed and whitespace trimmed ("" when none).</summary>
    string Text { get; }

    /// <summary>The card action (Action.Execute invoke or Action.Submit message), or null.</summary>
    CardActionData? CardAction { get; }

    /// <summary>Everything sent during this turn, in order.</summary>
    IReadOnlyList<Activity> SentActivities { get; }

    /// <summary>Values resolved once for this turn (the caller's access, language…).</summary>
    TurnState State { get; }

    /// <summary>The invoke response set by a handler, if any.</summary>
    InvokeResponse? InvokeResponse { get; }

    /// <summary>Sends an activity to the conversation; returns the id the channel gave it.</summary>
    Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces a previously sent activity (e.g. a card updated in place).</summary>
    Task UpdateAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Sets the invoke response returned to the channel for an invoke activity.</summary>
    void SetInvokeResponse(InvokeResponse response);
}
