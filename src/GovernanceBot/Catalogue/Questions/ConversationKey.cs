using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.Catalogue.Questions;

/// <summary>Whose context a question belongs to: the conversation (a chat, or a channel thread) and the person asking in it.</summary>
public static class ConversationKey
{
    public static string Of(Activity activity) =>
        $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.From?.AadObjectId ?? activity.From?.Id}";
}
