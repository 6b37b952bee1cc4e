namespace GovernanceBot.BotFramework.Schema;

/// <summary>Activity type names of the Bot Framework protocol.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string InvokeResponse = "invokeResponse";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageReaction = "messageReaction";
    public const string Typing = "typing";
    public const string Event = "event";

    public static bool Is(string? actual, string expected) => string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Values of <c>deliveryMode</c>.</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string ExpectReplies = "expectReplies";
}

/// <summary>Names of invoke activities the bot answers.</summary>
public static class InvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>A typeahead choice set (<c>choices.data</c>) asking for the choices matching what the user typed.</summary>
    public const string Search = "application/search";
}

/// <summary>Content types used in attachments and invoke responses.</summary>
public static class ContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string ActivityMessage = "application/vnd.microsoft.activity.message";
    public const string Error = "application/vnd.microsoft.error";
    public const string SearchResponse = "application/vnd.microsoft.search.searchResponse";
}
