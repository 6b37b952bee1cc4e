using GovernanceBot.BotFramework.Routing;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain;
using GovernanceBot.Maturity.Cards;

namespace GovernanceBot.Maturity;

/// <summary>The maturity questionnaire's commands (French and English) and card verbs.</summary>
internal sealed class MaturityFeature(AssessmentFlow flow, MaturityReports reports) : IBotFeature
{
    public void MapRoutes(BotRoutes routes)
    {
        routes.OnCommand(["maturité", "maturity", "évaluation", "assessment", "score card", "scorecard"], InPersonalChat(flow.StartAsync));
        routes.OnCommand(["mes évaluations", "my assessments", "historique maturité", "maturity history"], reports.HistoryAsync);
        routes.OnCommand(["maturité hubs", "maturity hubs", "synthèse maturité", "maturity overview"], reports.OverviewAsync);

        routes.OnCardAction(MaturityVerbs.Start, InPersonalChat(flow.StartAsync));
        routes.OnCardAction(MaturityVerbs.ChooseHub, InPersonalChat(flow.ChooseHubAsync));
        routes.OnCardAction(MaturityVerbs.SelectHub, InPersonalChat(flow.SelectHubAsync));
        routes.OnCardAction(MaturityVerbs.Answer, InPersonalChat(flow.AnswerAsync));
        routes.OnCardAction(MaturityVerbs.Back, InPersonalChat(flow.BackAsync));
        routes.OnCardAction(MaturityVerbs.Save, InPersonalChat(flow.SaveAsync));
        routes.OnCardAction(MaturityVerbs.Result, reports.ResultAsync);
        routes.OnCardAction(MaturityVerbs.History, reports.HistoryAsync);
        routes.OnCardAction(MaturityVerbs.Overview, reports.OverviewAsync);
    }

    /// <summary>
    /// Runs <paramref name="handler"/> only in a one-to-one chat. In a channel or group chat an Action.Execute
    /// answer replaces the card for every member, so a question card would show one person's draft to all
    /// and let anyone click it; there the user is asked to open a private chat instead, and nothing changes.
    /// </summary>
    private static TurnHandler InPersonalChat(TurnHandler handler) => (turn, cancellationToken) =>
        IsPersonal(turn)
            ? handler(turn, cancellationToken)
            : turn.RespondWithMessageAsync(MaturityTexts.Get("PersonalChatOnly", Languages.FromLocale(turn.Activity.Locale)), cancellationToken);

    /// <summary>Teams always names the conversation type; an activity without one is taken as a personal chat.</summary>
    private static bool IsPersonal(ITurnContext turn) =>
        turn.Activity.Conversation?.ConversationType is not { Length: > 0 } type || string.Equals(type, "personal", StringComparison.OrdinalIgnoreCase);
}
