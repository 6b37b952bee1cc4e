using System.Text.Json.Nodes;
using GovernanceBot.BotFramework.Schema;
using GovernanceBot.BotFramework.Turns;

namespace GovernanceBot.Modules;

/// <summary>
/// A turn whose handler "replaces the card" but whose card must stay (see <see cref="OpenedFrom"/>): the
/// card the handler answers with is held back and sent as a new message when the handler is done, and the
/// card the user clicked on is left as it was. Any other answer (a message, an error) goes through unchanged.
/// </summary>
internal sealed class NewCardTurn(ITurnContext inner, string acknowledgement) : ITurnContext
{
    private JsonNode? _card;

    public Activity Activity => inner.Activity;
    public string Text => inner.Text;
    public CardActionData? CardAction => inner.CardAction;
    public IReadOnlyList<Activity> SentActivities => inner.SentActivities;
    public TurnState State => inner.State;
    public InvokeResponse? InvokeResponse => inner.InvokeResponse;

    public Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken) => inner.SendAsync(activity, cancellationToken);

    /// <summary>An Action.Submit "replace" would overwrite the clicked card: post it as a new message instead.</summary>
    public Task UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.Id = null;
        return inner.SendAsync(activity, cancellationToken);
    }

    public void SetInvokeResponse(InvokeResponse response)
    {
        if (response.Body?["type"]?.GetValue<string>() == ContentTypes.AdaptiveCard && response.Body["value"] is { } card)
        {
            _card = card.DeepClone();
            return;
        }
        inner.SetInvokeResponse(response);
    }

    /// <summary>Sends the held-back card, and tells the clicked card it stays as it is.</summary>
    public async Task DeliverAsync(CancellationToken cancellationToken)
    {
        if (_card is null) return;
        var reply = inner.Activity.CreateReply();
        reply.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = _card }];
        await inner.SendAsync(reply, cancellationToken);
        inner.SetInvokeResponse(InvokeResponse.ForCardAction(200, ContentTypes.ActivityMessage, acknowledgement));
    }
}
