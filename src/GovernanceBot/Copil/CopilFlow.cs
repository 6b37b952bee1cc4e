using System.Text.RegularExpressions;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Copil.Cards;
using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Hubs;
using GovernanceBot.Maturity;
using GovernanceBot.Modules;

namespace GovernanceBot.Copil;

/// <summary>The Copil's commands: priorities, KPIs, the agenda preview, and its standards and actions.</summary>
internal sealed partial class CopilFlow(CopilRegistry registry, CopilNoteStore notes, CopilAgendas agendas, CopilSessionStore sessions, MaturityStore maturity,
    IHubDirectory hubs, PriorityScoring scoring, TimeProvider clock)
{
    private static readonly UseCaseState[] AwaitingStates = [UseCaseState.Evaluated, UseCaseState.Deferred];

    public async Task PrioritiesAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var ranked = await agendas.RankAsync(AwaitingStates, cancellationToken);
        await turn.SendCardAsync(PrioritiesCard.Build(ranked, scoring.Weights.HighFrom, turn.Language()), cancellationToken);
    }

    public async Task KpiAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var records = await registry.SubmittedRecordsAsync(cancellationToken);
        var assessments = new List<HubMaturity>();
        foreach (var hub in await hubs.ListAsync(cancellationToken))
        {
            var latest = await maturity.ListCompletedAsync(hub.Id, 1, cancellationToken);
            assessments.AddRange(latest.Select(a => new HubMaturity(hub.Id, a.CompletedAt, a.Score.Percentage)));
        }
        await turn.SendCardAsync(KpiCard.Build(KpiCalculator.Compute(records, assessments), turn.Language()), cancellationToken);
    }

    /// <summary>The next session's agenda as it would go out now, with the central team's edits; today's when no session is planned.</summary>
    public async Task AgendaAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        CopilSession session;
        DateTimeOffset? previous = null;
        if (await sessions.GetPlanAsync(cancellationToken) is { Calendar: var calendar } && calendar.NextSession(now) is { } at)
        {
            var date = DateOnly.FromDateTime(calendar.Sessions.ToLocal(at).DateTime);
            session = (await sessions.GetSessionAsync(date, cancellationToken))?.Session ?? new CopilSession(date, at, calendar.Cadence, AgendaAdjustments.None);
            previous = calendar.PreviousSession(at);
        }
        else
        {
            session = new CopilSession(DateOnly.FromDateTime(now.UtcDateTime), now, CopilCadence.Monthly, AgendaAdjustments.None);
        }
        var agenda = await agendas.BuildAsync(session, previous, cancellationToken);
        await turn.SendCardAsync(AgendaCard.Build(agenda.Agenda, agenda.DecisionsSince, turn.Language()), cancellationToken);
    }

    public Task AddStandardAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        AddNoteAsync(turn, CopilNoteKind.Standard, StandardCommand().Match(turn.Text).Groups["text"].Value, CopilModule.AddStandard, cancellationToken);

    public Task AddActionAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        AddNoteAsync(turn, CopilNoteKind.Action, ActionCommand().Match(turn.Text).Groups["text"].Value, CopilModule.AddAction, cancellationToken);

    private async Task AddNoteAsync(ITurnContext turn, CopilNoteKind kind, string text, BotCommand command, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var user = await turn.GetUserAsync(cancellationToken);
        string clean;
        try
        {
            clean = CopilNote.CleanText(text);
        }
        catch (ArgumentException)
        {
            var usage = string.IsNullOrWhiteSpace(text) ? CopilTexts.NoteUsage.In(language, command.Name.In(language)) : CopilTexts.NoteTooLong.In(language, CopilNote.TextLength);
            await turn.SendTextAsync(usage, cancellationToken);
            return;
        }
        var note = await notes.AddAsync(kind, clean, user.UserKey, user.DisplayName, clock.GetUtcNow(), cancellationToken);
        var answer = kind == CopilNoteKind.Standard ? CopilTexts.StandardAdded : CopilTexts.ActionAdded;
        await turn.SendTextAsync(answer.In(language, note.Number, note.Text), cancellationToken);
    }

    [GeneratedRegex(@"^\s*(?:norme\s+ajouter|standard\s+add)\b(?<text>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex StandardCommand();

    [GeneratedRegex(@"^\s*action\s+(?:ajouter|add)\b(?<text>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ActionCommand();
}
