using GovernanceBot.BotFramework.Routing;
using GovernanceBot.Conversations;
using GovernanceBot.Delivery;
using GovernanceBot.Demo;
using GovernanceBot.Domain;
using GovernanceBot.Help;

namespace GovernanceBot.Hosting;

/// <summary>The one place that lists the bot's features. Each feature folder owns its own registration details.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddGovernanceFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDemoData(configuration);

        services.AddSingleton<ConversationReferenceStore>();
        services.AddSingleton<IBotFeature, ConversationTrackingFeature>();

        services.AddOutbox(configuration);

        services.AddIdentityAndRoles(configuration);
        services.AddHubs();
        services.AddMaturityFeature(configuration);

        services.AddHelpTopic(1000, HelpCards.Texts, "HelpTopicTitle", "HelpTopicDescription", new LocalizedText("aide", "help"));
        services.AddSingleton<HelpCards>();
        services.AddSingleton<IBotFeature, HelpFeature>();

        return services;
    }
}
