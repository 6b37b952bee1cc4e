using GovernanceBot.BotFramework.Schema;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Help;
using GovernanceBot.Modules;

namespace GovernanceBot.Conversations;

/// <summary>
/// Remembers every conversation the bot is installed in (and forgets nothing when it is removed: the
/// row is kept, flagged uninstalled) so later features can post to channels and people proactively.
/// </summary>
public sealed class ConversationsModule : IFeatureModule
{
    public IEnumerable<HelpTopic> HelpTopics => [];

    public void AddServices(IServiceCollection services, IConfiguration configuration) => services.AddSingleton<ConversationReferenceStore>();

    public void MapRoutes(FeatureRoutes routes)
    {
        var store = routes.Get<ConversationReferenceStore>();
        var time = routes.Get<TimeProvider>();
        var logger = routes.Get<ILoggerFactory>().CreateLogger<ConversationsModule>();
        routes.OnConversationUpdate((turn, cancellationToken) => SaveAsync(store, time, logger, turn, cancellationToken));
        routes.OnInstallationUpdate((turn, cancellationToken) => SaveAsync(store, time, logger, turn, cancellationToken));
    }

    private static async Task SaveAsync(ConversationReferenceStore store, TimeProvider time, ILogger logger, ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var botRemoved = activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true;
        var uninstalled = string.Equals(activity.Action, "remove", StringComparison.OrdinalIgnoreCase) || botRemoved;
        try
        {
            await store.SaveAsync(ReferenceFrom(activity, time.GetUtcNow(), installed: !uninstalled), cancellationToken);
        }
        catch (GovernanceBot.Storage.StorageValidationException invalid)
        {
            // Ids or names beyond what table storage holds come from no real channel: the event is noted, not stored.
            logger.LogWarning("Conversation reference not stored: {Reason}", invalid.Message);
        }
    }

    /// <summary>The conversation types Teams sends; anything else is classified from the channel data, never stored as given.</summary>
    private static readonly string[] KnownTypes = ["personal", "groupChat", "channel"];

    internal static ConversationReference ReferenceFrom(Activity activity, DateTimeOffset now, bool installed)
    {
        var channelData = activity.ChannelData;
        var teamId = JsonText.At(channelData, "team", "id");
        var type = KnownTypes.FirstOrDefault(t => string.Equals(t, activity.Conversation?.ConversationType, StringComparison.OrdinalIgnoreCase))
            ?? (teamId is not null ? "channel" : activity.Conversation?.IsGroup == true ? "groupChat" : "personal");
        return new ConversationReference(
            ConversationId: activity.Conversation!.Id!,
            ConversationType: type,
            ServiceUrl: activity.ServiceUrl!,
            ChannelId: activity.ChannelId ?? "msteams",
            TenantId: activity.Conversation.TenantId ?? JsonText.At(channelData, "tenant", "id"),
            TeamId: teamId,
            TeamName: JsonText.At(channelData, "team", "name"),
            TeamsChannelId: JsonText.At(channelData, "channel", "id"),
            UserId: activity.From?.Id,
            UserAadObjectId: activity.From?.AadObjectId,
            UserName: activity.From?.Name,
            BotId: activity.Recipient?.Id ?? "",
            UpdatedAt: now,
            Installed: installed);
    }
}
