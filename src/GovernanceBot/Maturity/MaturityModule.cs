using GovernanceBot.Demo;
using GovernanceBot.Help;
using GovernanceBot.Identity;
using GovernanceBot.Maturity.Cards;
using GovernanceBot.Modules;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Maturity;

/// <summary>
/// The data-maturity questionnaire: its definition (built-in, or <c>Maturity:QuestionnairePath</c>) checked
/// at start-up, its store, commands, card verbs and demo assessments.
/// </summary>
public sealed class MaturityModule : IFeatureModule
{
    public IEnumerable<HelpTopic> HelpTopics =>
    [
        HelpTopic.For(HelpPosition.Maturity, MaturityTexts.HelpTopicTitle, MaturityTexts.HelpTopicDescription, MaturityCommands.Start, MaturityVerbs.Start),
        HelpTopic.For(HelpPosition.MaturityHistory, MaturityTexts.HelpHistoryTitle, MaturityTexts.HelpHistoryDescription, MaturityCommands.History),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MaturityOptions>(configuration.GetSection(MaturityOptions.Section));
        services.AddSingleton(sp => QuestionnaireLoader.Load(sp.GetRequiredService<IOptions<MaturityOptions>>().Value));
        services.AddHostedService<QuestionnaireStartupCheck>();
        services.AddSingleton<MaturityStore>();
        services.AddSingleton<AssessmentFlow>();
        services.AddSingleton<MaturityReports>();
        services.AddDemoData<MaturityDemoData>();
    }

    public void MapRoutes(FeatureRoutes routes)
    {
        var flow = routes.Get<AssessmentFlow>();
        var reports = routes.Get<MaturityReports>();
        // In a channel or group chat an Action.Execute answer replaces the card for every member: a question
        // card would show one person's draft to all and let anyone click it.
        var privately = RouteGuard.PersonalChat(MaturityTexts.PersonalChatOnly);

        routes.OnCommand(MaturityCommands.Start, flow.StartAsync, privately);
        routes.OnCommand(MaturityCommands.History, reports.HistoryAsync);
        routes.OnCommand(MaturityCommands.Overview, reports.OverviewAsync, AllHubs);

        routes.OnCardAction(MaturityVerbs.Start, flow.StartAsync, privately);
        routes.OnCardAction(MaturityVerbs.ChooseHub, flow.ChooseHubAsync, privately);
        routes.OnCardAction<MaturityActionData>(MaturityVerbs.SelectHub, flow.SelectHubAsync, privately);
        routes.OnCardAction<MaturityActionData>(MaturityVerbs.Answer, flow.AnswerAsync, privately);
        routes.OnCardAction<MaturityActionData>(MaturityVerbs.Back, flow.BackAsync, privately);
        routes.OnCardAction<MaturityActionData>(MaturityVerbs.Save, flow.SaveAsync, privately);
        routes.OnCardAction<MaturityActionData>(MaturityVerbs.Result, reports.ResultAsync);
        routes.OnCardAction<MaturityActionData>(MaturityVerbs.History, reports.HistoryAsync);
        routes.OnCardAction(MaturityVerbs.Overview, reports.OverviewAsync, AllHubs);
    }

    private static readonly RouteGuard AllHubs = RouteGuard.Permitted(Permission.ViewAllHubsMaturity, MaturityTexts.OverviewRefused);
}
