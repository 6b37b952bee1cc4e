namespace GovernanceBot.BotFramework.Routing;

/// <summary>A feature (maturity, use cases, newsletter…) declares its commands and card verbs here.</summary>
public interface IBotFeature
{
    void MapRoutes(BotRoutes routes);
}
