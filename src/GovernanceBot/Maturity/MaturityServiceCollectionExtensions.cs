using GovernanceBot.BotFramework.Routing;
using GovernanceBot.Demo;
using GovernanceBot.Domain;
using GovernanceBot.Help;
using GovernanceBot.Maturity;
using GovernanceBot.Maturity.Cards;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class MaturityServiceCollectionExtensions
{
    /// <summary>
    /// Registers the maturity questionnaire: the definition (built-in, or <c>Maturity:QuestionnairePath</c>)
    /// checked at start-up, its store, commands, card verbs and demo assessments. Needs an
    /// <c>ITableStorage</c>, <see cref="AddHubs"/> and <see cref="IdentityServiceCollectionExtensions.AddIdentityAndRoles"/>.
    /// </summary>
    public static IServiceCollection AddMaturityFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MaturityOptions>(configuration.GetSection(MaturityOptions.Section));
        services.AddSingleton(sp => QuestionnaireLoader.Load(sp.GetRequiredService<IOptions<MaturityOptions>>().Value));
        services.AddHostedService<QuestionnaireStartupCheck>();
        services.AddSingleton<MaturityStore>();
        services.AddSingleton<AssessmentFlow>();
        services.AddSingleton<MaturityReports>();
        services.AddSingleton<IBotFeature, MaturityFeature>();
        services.AddSingleton<IDemoDataContributor, MaturityDemoData>();
        services.AddHelpTopic(100, MaturityTexts.Catalog, "HelpTopicTitle", "HelpTopicDescription", new LocalizedText("maturité", "maturity"), MaturityVerbs.Start);
        services.AddHelpTopic(110, MaturityTexts.Catalog, "HelpHistoryTitle", "HelpHistoryDescription", new LocalizedText("mes évaluations", "my assessments"));
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
