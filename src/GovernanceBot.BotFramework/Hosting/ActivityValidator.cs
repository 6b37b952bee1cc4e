using GovernanceBot.BotFramework.Logging;
using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Hosting;

/// <summary>The minimum an activity must carry before the bot will act on it.</summary>
internal static class ActivityValidator
{
    /// <summary>Teams ids are well under this; anything longer is not from a channel.</summary>
    private const int MaxIdLength = 512;

    private static bool TooLong(string? id) => id is { Length: > MaxIdLength };

    /// <summary>Channels give activities ids of visible ASCII (digits, GUIDs, "f:…", "conv|0001").</summary>
    private static bool IsWellFormedActivityId(string? id) => id is null || id.All(c => c is > ' ' and < '\u007f');

    /// <summary>Other ids may carry any text a channel uses, but never characters that could rewrite a log line.</summary>
    private static bool IsPrintable(string? id) => id is null || LogText.IsClean(id);

    /// <returns>null when acceptable, else the reason it is not.</returns>
    public static string? Problem(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type)) return "The activity has no 'type'.";
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id)) return "The activity has no 'conversation.id'.";
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl)) return "The activity has no 'serviceUrl'.";
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
            return "The activity's 'serviceUrl' is not an absolute http(s) URL.";
        if (activity.Text is { Length: > 100_000 }) return "The activity's text is too long.";
        if (TooLong(activity.Id) || TooLong(activity.ReplyToId) || TooLong(activity.Conversation.Id) || TooLong(activity.From?.Id) || TooLong(activity.From?.AadObjectId) || TooLong(activity.ChannelId))
            return $"An id of the activity is longer than {MaxIdLength} characters.";
        if (!IsWellFormedActivityId(activity.Id)) return "The activity's 'id' holds characters other than visible ASCII.";
        // replyToId names the card a Submit came from, which the bot then updates on the connector.
        if (!IsWellFormedActivityId(activity.ReplyToId)) return "The activity's 'replyToId' holds characters other than visible ASCII.";
        if (!IsPrintable(activity.Conversation.Id) || !IsPrintable(activity.From?.Id) || !IsPrintable(activity.From?.AadObjectId) || !IsPrintable(activity.ChannelId) || !IsPrintable(activity.Type) || !IsPrintable(activity.Name))
            return "An id, type or name of the activity holds control or formatting characters.";
        // Who acts must be known before anything is done on their behalf.
        if ((activity.IsInvoke || ActivityTypes.Is(activity.Type, ActivityTypes.Message)) && string.IsNullOrWhiteSpace(activity.From?.Id))
            return "The activity has no 'from.id'.";
        if (activity.IsInvoke && string.IsNullOrWhiteSpace(activity.Name)) return "The invoke has no 'name'.";
        return null;
    }
}
