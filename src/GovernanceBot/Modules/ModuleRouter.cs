using GovernanceBot.BotFramework.Routing;

namespace GovernanceBot.Modules;

/// <summary>Hands each module its <see cref="FeatureRoutes"/> when the bot builds its route table.</summary>
internal sealed class ModuleRouter(FeatureModules catalog, IServiceProvider services) : IBotFeature
{
    public void MapRoutes(BotRoutes routes)
    {
        foreach (var module in catalog.Modules)
            module.MapRoutes(new FeatureRoutes(routes, services, ownsFallback: module.GetType() == catalog.FallbackOwner));
        if (!routes.HasFallback) throw new InvalidOperationException($"{catalog.FallbackOwner.Name} was named fallback owner but declared no fallback route.");
    }
}
