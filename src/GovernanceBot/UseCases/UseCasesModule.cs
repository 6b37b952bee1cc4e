using GovernanceBot.Demo;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Help;
using GovernanceBot.Identity;
using GovernanceBot.Modules;
using GovernanceBot.UseCases.Cards;

using GovernanceBot.Catalogue;

namespace GovernanceBot.UseCases;

/// <summary>
/// Use cases from idea to production: the submission wizard, "my use cases", the central team's evaluation,
/// the governed lifecycle with its history and notifications (DESIGN §4), and demo use cases in every state.
/// </summary>
public sealed class UseCasesModule : IFeatureModule
{
    public IEnumerable<HelpTopic> HelpTopics =>
    [
        HelpTopic.For(HelpPosition.UseCases, UseCaseTexts.HelpTopicTitle, UseCaseTexts.HelpTopicDescription, UseCaseCommands.Submit, UseCaseVerbs.Start),
        HelpTopic.For(HelpPosition.MyUseCases, UseCaseTexts.HelpMineTitle, UseCaseTexts.HelpMineDescription, UseCaseCommands.Mine, UseCaseVerbs.Mine),
        HelpTopic.For(HelpPosition.UseCasesToEvaluate, UseCaseTexts.HelpEvaluateTitle, UseCaseTexts.HelpEvaluateDescription, UseCaseCommands.ToEvaluate),
    ];

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(IndustrialisationScoring.Default);
        services.AddSingleton<UseCaseStore>();
        services.AddSingleton<UseCaseFlow>();
        services.AddSingleton<DatasetSearch>();
        services.AddSingleton<ICatalogueUseCaseSource, UseCaseCatalogueSource>();
        services.AddDemoData<UseCasesDemoData>();
        services.AddSingleton<UseCaseNotificationRelay>();
        services.AddHostedService(provider => new Delivery.EnabledOnly<UseCaseNotificationRelay>(provider));
    }

    public void MapRoutes(FeatureRoutes routes)
    {
        var flow = routes.Get<UseCaseFlow>();
        // The wizard and the evaluation hold one person's inputs: in a channel an updated card would show them to everyone.
        var privately = RouteGuard.PersonalChat(UseCaseTexts.PersonalChatOnly);
        var evaluators = RouteGuard.Permitted(Permission.EvaluateUseCase, UseCaseTexts.EvaluateRefused);

        routes.OnCommand(UseCaseCommands.Submit, flow.StartAsync, privately);
        routes.OnCommand(UseCaseCommands.Mine, flow.MineAsync);
        routes.OnCommand(UseCaseCommands.ToEvaluate, flow.ToEvaluateAsync, evaluators);
        var catalogue = routes.Get<CatalogueQuestions>();
        routes.OnCommand(UseCaseCommands.Show, (turn, cancellationToken) => flow.HasNumber(turn)
            ? flow.ShowAsync(turn, cancellationToken)
            : CatalogueModule.LookupUseCaseAsync(catalogue, turn, cancellationToken));

        routes.OnSearch(Cards.WizardCard.DatasetsSearch, routes.Get<DatasetSearch>().AnswerAsync);

        routes.OnCardAction(UseCaseVerbs.Start, flow.StartAsync, privately);
        routes.OnCardAction(UseCaseVerbs.NewDraft, flow.NewDraftAsync, privately);
        routes.OnCardAction(UseCaseVerbs.Mine, flow.MineAsync);
        routes.OnCardAction(UseCaseVerbs.ToEvaluate, flow.ToEvaluateAsync, evaluators);
        routes.OnCardAction<UseCaseActionData>(UseCaseVerbs.SelectHub, flow.SelectHubAsync, privately);
        routes.OnCardAction<UseCaseActionData>(UseCaseVerbs.Wizard, flow.WizardAsync, privately);
        routes.OnCardAction<UseCaseActionData>(UseCaseVerbs.Open, flow.OpenAsync);
        routes.OnCardAction<UseCaseActionData>(UseCaseVerbs.Transition, flow.TransitionAsync);
        routes.OnCardAction<UseCaseActionData>(UseCaseVerbs.Evaluate, flow.EvaluateAsync, privately.And(evaluators));
        routes.OnCardAction<UseCaseActionData>(UseCaseVerbs.SaveScores, flow.SaveScoresAsync, privately.And(evaluators));
        routes.OnCardAction<UseCaseActionData>(UseCaseVerbs.EditFacts, flow.EditFactsAsync, privately.And(evaluators));
        routes.OnCardAction<UseCaseActionData>(UseCaseVerbs.SaveFacts, flow.SaveFactsAsync, privately.And(evaluators));
    }
}
