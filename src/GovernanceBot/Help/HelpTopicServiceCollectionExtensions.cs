using GovernanceBot.Domain;
using GovernanceBot.Localization;

namespace GovernanceBot.Help;

public static class HelpTopicServiceCollectionExtensions
{
    /// <summary>Lists a capability on the help card, its title and description taken from the feature's own texts.</summary>
    public static IServiceCollection AddHelpTopic(
        this IServiceCollection services, int order, TextCatalog texts, string titleKey, string descriptionKey,
        LocalizedText command, string? startVerb = null) =>
        services.AddSingleton(new HelpTopic(order, texts.Localized(titleKey), texts.Localized(descriptionKey), [command], startVerb));
}
