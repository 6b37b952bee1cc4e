using GovernanceBot.BotFramework.Schema;

namespace GovernanceBot.Modules;

public static class ConversationKinds
{
    /// <summary>Teams always names the conversation type; an activity without one is taken as a personal chat.</summary>
    public static bool IsPersonal(Activity activity) =>
        activity.Conversation?.ConversationType is not { Length: > 0 } type || string.Equals(type, "personal", StringComparison.OrdinalIgnoreCase);
}
