using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Maturity;
using GovernanceBot.Hubs;
using GovernanceBot.Identity;
using GovernanceBot.Maturity.Cards;

namespace GovernanceBot.Maturity;

/// <summary>
/// Reading finished assessments: a result, a hub's history, and every hub side by side. Members see their
/// own hub; the central team, the Copil and admins see every hub.
/// </summary>
internal sealed class MaturityReports(QuestionnaireDefinition definition, MaturityStore store, IUserDirectory users, IHubDirectory hubs)
{
    /// <summary>How many past assessments the history shows.</summary>
    public const int HistoryLength = 20;

    public async Task ResultAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turn);
        var data = MaturityActionData.From(turn.CardAction!);
        var (user, hub) = await AuthorizedHubAsync(turn, data.HubId, language, cancellationToken);
        if (user is null || hub is null) return;

        var assessment = data.AssessmentId is { } id ? await store.FindCompletedAsync(hub.Id, id, cancellationToken) : null;
        if (assessment is null)
        {
            await turn.RespondWithMessageAsync(MaturityTexts.Get("AssessmentNotFound", language), cancellationToken);
            return;
        }
        var previous = await store.FindPreviousAsync(assessment, cancellationToken);
        await turn.ReplaceCardAsync(ResultCard.Build(definition, assessment, previous, hub.Name, language), cancellationToken);
    }

    /// <summary>"mes évaluations" (the user's hub) or maturity.history (any hub the user may see).</summary>
    public async Task HistoryAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turn);
        var requestedHub = turn.CardAction is null ? null : MaturityActionData.From(turn.CardAction).HubId;
        var (user, hub) = await AuthorizedHubAsync(turn, requestedHub, language, cancellationToken);
        if (user is null || hub is null) return;

        var history = await store.ListCompletedAsync(hub.Id, HistoryLength, cancellationToken);
        await turn.ReplaceCardAsync(HistoryCard.Build(definition, hub.Name, history, user.May(Permission.ViewAllHubsMaturity), language), cancellationToken);
    }

    public async Task OverviewAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = LanguageOf(turn);
        var user = await users.GetAccessAsync(turn.Activity.From, cancellationToken);
        if (!user.May(Permission.ViewAllHubsMaturity))
        {
            await turn.RespondWithMessageAsync(MaturityTexts.Get("OverviewRefused", language), cancellationToken);
            return;
        }

        var lines = new List<HubLatestScore>();
        foreach (var hub in await hubs.ListAsync(cancellationToken))
        {
            var latest = await store.ListCompletedAsync(hub.Id, 1, cancellationToken);
            lines.Add(new HubLatestScore(hub, latest.FirstOrDefault()));
        }
        await turn.ReplaceCardAsync(OverviewCard.Build(definition, lines, language), cancellationToken);
    }

    /// <summary>
    /// The hub to report on (the requested one, else the user's own) once the user may see it; otherwise
    /// answers with the reason and returns nulls.
    /// </summary>
    private async Task<(UserAccess? User, Hub? Hub)> AuthorizedHubAsync(ITurnContext turn, string? requestedHubId, Language language, CancellationToken cancellationToken)
    {
        var user = await users.GetAccessAsync(turn.Activity.From, cancellationToken);
        var hubId = requestedHubId ?? user.HubId;
        if (hubId is null)
        {
            await turn.RespondWithMessageAsync(MaturityTexts.Get("HistoryNoHub", language), cancellationToken);
            return (null, null);
        }
        if (hubId != user.HubId && !user.May(Permission.ViewAllHubsMaturity))
        {
            await turn.RespondWithMessageAsync(MaturityTexts.Get("HistoryRefused", language), cancellationToken);
            return (null, null);
        }
        var hub = await hubs.FindAsync(hubId, cancellationToken);
        if (hub is null)
        {
            await turn.RespondWithMessageAsync(MaturityTexts.Get("NoticeUnknownHub", language), cancellationToken);
            return (null, null);
        }
        return (user, hub);
    }

    private static Language LanguageOf(ITurnContext turn) => Languages.FromLocale(turn.Activity.Locale);
}
