using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.BotFramework.Turns;

/// <summary>
/// In channels and group chats Teams puts "&lt;at&gt;Bot&lt;/at&gt;" in the text; commands must match without it.
/// </summary>
internal static partial class MentionText
{
    public static string Strip(Activity activity)
    {
        var text = activity.Text ?? "";
        if (text.Length == 0) return "";

        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (entity is null) continue; // lists are read without nulls; an activity built in code may still hold one
            if (!string.Equals(JsonText.Of(entity["type"]), "mention", StringComparison.OrdinalIgnoreCase)) continue;
            var mentionedId = JsonText.Of((entity["mentioned"] as JsonObject)?["id"]);
            var mentionText = JsonText.Of(entity["text"]);
            if (string.IsNullOrEmpty(mentionText)) continue;
            if (botId is null || mentionedId is null || string.Equals(mentionedId, botId, StringComparison.OrdinalIgnoreCase))
                text = text.Replace(mentionText, " ", StringComparison.OrdinalIgnoreCase);
        }

        // Some clients leave the markup without an entity; a leading mention is never part of a command.
        text = LeadingAtTag().Replace(text, " ");
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"^\s*<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
