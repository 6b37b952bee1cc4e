using GovernanceBot.BotFramework.Connector;
using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Turns;

/// <summary>
/// The adapter's turn context. With a connector, sends go to the channel as they happen; without one
/// (deliveryMode expectReplies), they are buffered and returned in the HTTP response.
/// The text and card action are read from the activity when first asked for, inside the turn, so that an
/// activity they cannot be read from fails where turn errors are handled, not while the turn is set up.
/// </summary>
public sealed class TurnContext : ITurnContext
{
    private readonly IConnectorClient? _connector;
    private readonly List<Activity> _sent = [];
    private readonly Lazy<string> _text;
    private readonly Lazy<CardActionData?> _cardAction;

    public TurnContext(Activity activity, IConnectorClient? connector)
    {
        Activity = activity;
        _connector = connector;
        _text = new(() => MentionText.Strip(activity), LazyThreadSafetyMode.ExecutionAndPublication);
        _cardAction = new(() => CardActionParser.Parse(activity), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public Activity Activity { get; }
    public string Text => _text.Value;
    public CardActionData? CardAction => _cardAction.Value;
    public IReadOnlyList<Activity> SentActivities => _sent;
    public TurnState State { get; } = new();
    public InvokeResponse? InvokeResponse { get; private set; }

    public async Task<string?> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.Conversation ??= Activity.Conversation;
        activity.ServiceUrl ??= Activity.ServiceUrl;
        activity.ChannelId ??= Activity.ChannelId;
        activity.From ??= Activity.Recipient;
        activity.Recipient ??= Activity.From;

        if (_connector is null)
        {
            activity.Id ??= Guid.NewGuid().ToString("N");
            _sent.Add(activity);
            return activity.Id;
        }

        var id = string.IsNullOrEmpty(activity.ReplyToId)
            ? await _connector.SendToConversationAsync(activity, cancellationToken)
            : await _connector.ReplyToActivityAsync(activity, cancellationToken);
        activity.Id ??= id;
        _sent.Add(activity);
        return id;
    }

    public async Task UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.Conversation ??= Activity.Conversation;
        activity.ServiceUrl ??= Activity.ServiceUrl;
        if (_connector is not null) await _connector.UpdateActivityAsync(activity, cancellationToken);
        _sent.Add(activity);
    }

    public void SetInvokeResponse(InvokeResponse response) => InvokeResponse = response;
}
