using GovernanceBot.BotFramework.Routing;
using GovernanceBot.Demo;
using GovernanceBot.Domain;
using GovernanceBot.Help;
using GovernanceBot.Hubs;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

public static class HubsServiceCollectionExtensions
{
    /// <summary>Registers the hub list (<see cref="IHubDirectory"/>), its admin commands and its demo hubs.</summary>
    public static IServiceCollection AddHubs(this IServiceCollection services)
    {
        services.AddSingleton<IHubDirectory, HubDirectory>();
        services.AddSingleton<IBotFeature, HubsFeature>();
        services.AddSingleton<IDemoDataContributor, HubsDemoData>();
        services.AddHelpTopic(900, HubsFeature.Texts, "HelpTopicTitle", "HelpTopicDescription", new LocalizedText("hubs", "hubs"));
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
