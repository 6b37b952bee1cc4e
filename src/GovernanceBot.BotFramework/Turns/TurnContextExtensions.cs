using System.Text.Json.Nodes;
using GovernanceBot.AdaptiveCards;
using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Turns;

/// <summary>The common ways to answer: text, a card, a card replaced in place, an invoke error.</summary>
public static class TurnContextExtensions
{
    public static Task<string?> SendTextAsync(this ITurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.SendAsync(turn.Activity.CreateReply(text), cancellationToken);

    public static Task<string?> SendCardAsync(this ITurnContext turn, AdaptiveCard card, CancellationToken cancellationToken, string? summary = null) =>
        turn.SendAsync(CardReply(turn, card, summary), cancellationToken);

    /// <summary>
    /// Shows <paramref name="card"/> in place of the card the user acted on: as the invoke response for
    /// Action.Execute, as an update of the original message for Action.Submit, else as a new message.
    /// </summary>
    public static async Task ReplaceCardAsync(this ITurnContext turn, AdaptiveCard card, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsInvoke)
        {
            turn.SetInvokeResponse(InvokeResponse.ForCardAction(200, ContentTypes.AdaptiveCard, card.ToJson()));
            return;
        }

        if (turn.CardAction is not null && !string.IsNullOrEmpty(turn.Activity.ReplyToId))
        {
            var update = CardReply(turn, card, null);
            update.Id = turn.Activity.ReplyToId;
            update.ReplyToId = null;
            await turn.UpdateAsync(update, cancellationToken);
            return;
        }

        await turn.SendCardAsync(card, cancellationToken);
    }

    /// <summary>
    /// Answers with a short message: under the card for Action.Execute (the card stays as it is),
    /// as a normal reply otherwise.
    /// </summary>
    public static async Task RespondWithMessageAsync(this ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsInvoke)
        {
            turn.SetInvokeResponse(InvokeResponse.ForCardAction(200, ContentTypes.ActivityMessage, text));
            return;
        }

        await turn.SendTextAsync(text, cancellationToken);
    }

    /// <summary>
    /// Rejects bad card data: a 400 error body for Action.Execute (the universal-action error contract),
    /// a plain message for Action.Submit.
    /// </summary>
    public static async Task RespondWithErrorAsync(this ITurnContext turn, string code, string message, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsInvoke)
        {
            turn.SetInvokeResponse(InvokeResponse.ForCardAction(400, ContentTypes.Error, new JsonObject { ["code"] = code, ["message"] = message }));
            return;
        }

        await turn.SendTextAsync(message, cancellationToken);
    }

    private static Activity CardReply(ITurnContext turn, AdaptiveCard card, string? summary)
    {
        var reply = turn.Activity.CreateReply();
        reply.Summary = summary;
        reply.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card.ToJson() }];
        return reply;
    }
}
