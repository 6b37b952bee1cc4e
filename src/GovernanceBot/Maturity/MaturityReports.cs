using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Maturity;
using GovernanceBot.Hubs;
using GovernanceBot.Identity;
using GovernanceBot.Maturity.Cards;
using GovernanceBot.Modules;

namespace GovernanceBot.Maturity;

/// <summary>
/// Reading finished assessments: a result, a hub's history, and every hub side by side. Members see their
/// own hub; the central team, the Copil and admins see every hub.
/// </summary>
internal sealed class MaturityReports(QuestionnaireDefinition definition, MaturityStore store, IHubDirectory hubs)
{
    /// <summary>How many past assessments the history shows.</summary>
    public const int HistoryLength = 20;

    public async Task ResultAsync(ITurnContext turn, MaturityActionData data, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var (user, hub) = await AuthorizedHubAsync(turn, data.HubId, language, cancellationToken);
        if (user is null || hub is null) return;

        var assessment = data.AssessmentId is { } id ? await store.FindCompletedAsync(hub.Id, id, cancellationToken) : null;
        if (assessment is null)
        {
            await turn.RespondWithMessageAsync(MaturityTexts.AssessmentNotFound.In(language), cancellationToken);
            return;
        }
        var previous = await store.FindPreviousAsync(assessment, cancellationToken);
        await turn.ReplaceCardAsync(ResultCard.Build(definition, assessment, previous, hub.Name, language), cancellationToken);
    }

    /// <summary>"mes évaluations": the user's own hub.</summary>
    public Task HistoryAsync(ITurnContext turn, CancellationToken cancellationToken) => ShowHistoryAsync(turn, null, cancellationToken);

    /// <summary>maturity.history: any hub the user may see.</summary>
    public Task HistoryAsync(ITurnContext turn, MaturityActionData data, CancellationToken cancellationToken) => ShowHistoryAsync(turn, data.HubId, cancellationToken);

    private async Task ShowHistoryAsync(ITurnContext turn, string? requestedHub, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var (user, hub) = await AuthorizedHubAsync(turn, requestedHub, language, cancellationToken);
        if (user is null || hub is null) return;

        var history = await store.ListCompletedAsync(hub.Id, HistoryLength, cancellationToken);
        await turn.ReplaceCardAsync(HistoryCard.Build(definition, hub.Name, history, user.May(Permission.ViewAllHubsMaturity), language), cancellationToken);
    }

    /// <summary>Every hub's latest score; the route lets only those who may see all hubs through.</summary>
    public async Task OverviewAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();

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
        var user = await turn.GetUserAsync(cancellationToken);
        var hubId = requestedHubId ?? user.HubId;
        if (hubId is null)
        {
            await turn.RespondWithMessageAsync(MaturityTexts.HistoryNoHub.In(language), cancellationToken);
            return (null, null);
        }
        if (hubId != user.HubId && !user.May(Permission.ViewAllHubsMaturity))
        {
            await turn.RespondWithMessageAsync(MaturityTexts.HistoryRefused.In(language), cancellationToken);
            return (null, null);
        }
        var hub = await hubs.FindAsync(hubId, cancellationToken);
        if (hub is null)
        {
            await turn.RespondWithMessageAsync(MaturityTexts.NoticeUnknownHub.In(language), cancellationToken);
            return (null, null);
        }
        return (user, hub);
    }
}
