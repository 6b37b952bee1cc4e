using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Hosting;

/// <summary>The minimum an activity must carry before the bot will act on it.</summary>
internal static class ActivityValidator
{
    /// <returns>null when acceptable, else the reason it is not.</returns>
    public static string? Problem(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type)) return "The activity has no 'type'.";
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id)) return "The activity has no 'conversation.id'.";
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl)) return "The activity has no 'serviceUrl'.";
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
            return "The activity's 'serviceUrl' is not an absolute http(s) URL.";
        if (activity.Text is { Length: > 100_000 }) return "The activity's text is too long.";
        return null;
    }
}
