using GovernanceBot.BotFramework.Routing;

namespace GovernanceBot.Maturity;

/// <summary>The maturity questionnaire's commands (French and English) and card verbs.</summary>
internal sealed class MaturityFeature(AssessmentFlow flow, MaturityReports reports) : IBotFeature
{
    public void MapRoutes(BotRoutes routes)
    {
        routes.OnCommand(["maturité", "maturity", "évaluation", "assessment", "score card", "scorecard"], flow.StartAsync);
        routes.OnCommand(["mes évaluations", "my assessments", "historique maturité", "maturity history"], reports.HistoryAsync);
        routes.OnCommand(["maturité hubs", "maturity hubs", "synthèse maturité", "maturity overview"], reports.OverviewAsync);

        routes.OnCardAction(MaturityVerbs.Start, flow.StartAsync);
        routes.OnCardAction(MaturityVerbs.ChooseHub, flow.ChooseHubAsync);
        routes.OnCardAction(MaturityVerbs.SelectHub, flow.SelectHubAsync);
        routes.OnCardAction(MaturityVerbs.Answer, flow.AnswerAsync);
        routes.OnCardAction(MaturityVerbs.Back, flow.BackAsync);
        routes.OnCardAction(MaturityVerbs.Save, flow.SaveAsync);
        routes.OnCardAction(MaturityVerbs.Result, reports.ResultAsync);
        routes.OnCardAction(MaturityVerbs.History, reports.HistoryAsync);
        routes.OnCardAction(MaturityVerbs.Overview, reports.OverviewAsync);
    }
}
