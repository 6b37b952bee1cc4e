using GovernanceBot.BotFramework.Routing;
using GovernanceBot.Catalogue;
using GovernanceBot.Conversations;
using GovernanceBot.Copil;
using GovernanceBot.Delivery;
using GovernanceBot.Demo;
using GovernanceBot.Help;
using GovernanceBot.Hosting.StartUp;
using GovernanceBot.Hubs;
using GovernanceBot.Identity;
using GovernanceBot.Maturity;
using GovernanceBot.Modules;
using GovernanceBot.Newsletter;
using GovernanceBot.Operations;
using GovernanceBot.UseCases;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovernanceBot.Hosting;

/// <summary>The one place that lists the bot's features. Everything else about a feature is in its module.</summary>
public static class FeatureRegistration
{
    public static FeatureModules Modules { get; } = new(
        [
            new ConversationsModule(),
            new IdentityModule(),
            new RolesModule(),
            new HubsModule(),
            new MaturityModule(),
            new DeliveryModule(),
            new UseCasesModule(),
            new CopilModule(),
            new NewsletterModule(),
            new CatalogueModule(),
            new Catalogue.Browse.CatalogueBrowseModule(),
            new OperationsModule(),
            new HelpModule(),
        ],
        FallbackOwner: typeof(CatalogueModule));

    public static IServiceCollection AddGovernanceFeatures(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddStartupTasks();
        services.AddDemoData(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(Modules);
        services.AddSingleton<CommandCatalog>();
        foreach (var module in Modules.Modules)
        {
            module.AddServices(services, configuration);
            foreach (var topic in module.HelpTopics) services.AddSingleton(topic);
        }
        services.AddSingleton<IBotFeature, ModuleRouter>();
        return services;
    }
}
