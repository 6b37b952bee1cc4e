using System.Globalization;
using System.Text.RegularExpressions;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Copil.Cards;
using GovernanceBot.Delivery.Channels;
using GovernanceBot.Delivery.Outbox;
using GovernanceBot.Delivery.Schedules;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.Delivery;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Identity;
using GovernanceBot.Localization;
using GovernanceBot.Modules;
using GovernanceBot.UseCases;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Copil;

/// <summary>
/// The central team's chat commands around a session: planning the Copil's calendar (two scheduled jobs),
/// editing the next agenda before it goes out, posting the decisions digest, and rating the value criteria of
/// a case awaiting a decision. Permissions are checked by the routes' guards.
/// </summary>
internal sealed partial class CopilSessionFlow(
    CopilSessionStore sessions,
    CopilThreads threads,
    CopilAgendas agendas,
    ScheduleStore schedules,
    UseCaseStore useCases,
    IOutbox outbox,
    IOptions<CopilOptions> options,
    TimeProvider clock)
{
    public async Task PlanAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var current = await sessions.GetPlanAsync(cancellationToken);
        var calendar = ReadCalendar(turn.Text, options.Value);
        if (calendar is null)
        {
            var usage = CopilTexts.PlanUsage.In(language);
            await turn.SendTextAsync(current is null ? usage : Describe(current, language) + "\n\n" + usage, cancellationToken);
            return;
        }
        try
        {
            calendar.Checked();
        }
        catch (ArgumentException)
        {
            await turn.SendTextAsync(CopilTexts.PlanInvalid.In(language), cancellationToken);
            return;
        }

        var user = await turn.GetUserAsync(cancellationToken);
        var owner = turn.Activity.From?.AadObjectId ?? user.UserKey;
        var now = clock.GetUtcNow();
        // The new jobs are stored before the plan names them and the old ones go last: a failure midway leaves a plan that still runs.
        var agendaJob = NewJob(CopilAgendaJob.Type, CopilTexts.AgendaJobName.In(language), calendar.AgendaSchedule, owner, language, now);
        var digestJob = NewJob(CopilDigestJob.Type, CopilTexts.DigestJobName.In(language), calendar.DigestSchedule, owner, language, now);
        await schedules.AddAsync(agendaJob, cancellationToken);
        await schedules.AddAsync(digestJob, cancellationToken);
        var plan = new CopilPlan(calendar, agendaJob.Id, digestJob.Id, owner, now);
        await sessions.SavePlanAsync(plan, cancellationToken);
        if (current is not null)
        {
            await schedules.DeleteAsync(current.AgendaJobId, cancellationToken);
            await schedules.DeleteAsync(current.DigestJobId, cancellationToken);
        }
        await turn.SendTextAsync(CopilTexts.Planned.In(language) + "\n" + Describe(plan, language), cancellationToken);
    }

    public Task AddItemAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        AdjustAsync(turn, AddCommand(), (adjustments, text, _) =>
        {
            try
            {
                var added = adjustments.Add(text);
                return Task.FromResult<(AgendaAdjustments?, TextRef?)>((added, null));
            }
            catch (ArgumentException)
            {
                return Task.FromResult<(AgendaAdjustments?, TextRef?)>((null, adjustments.Added.Count >= AgendaAdjustments.MaxAdded ? CopilTexts.AgendaTooManyAdded : CopilTexts.AgendaAddUsage));
            }
        }, CopilTexts.AgendaItemAdded, cancellationToken);

    public Task RemoveItemAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        AdjustAsync(turn, RemoveCommand(), async (adjustments, text, ct) =>
            await KeysAsync(text, ct) is { } keys ? (keys.Aggregate(adjustments, (a, key) => a.Remove(key)), null) : (null, CopilTexts.AgendaReferenceUsage),
            CopilTexts.AgendaItemRemoved, cancellationToken);

    public Task RestoreItemAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        AdjustAsync(turn, RestoreCommand(), async (adjustments, text, ct) =>
            await KeysAsync(text, ct) is { } keys ? (keys.Aggregate(adjustments, (a, key) => a.Restore(key)), null) : (null, CopilTexts.AgendaReferenceUsage),
            CopilTexts.AgendaItemRestored, cancellationToken);

    /// <summary>"copil synthèse": the decisions digest of the latest posted session, as a reply in its threads.</summary>
    public async Task DigestAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var session = (await sessions.ListSessionsAsync(cancellationToken)).FirstOrDefault(s => s.IsPosted);
        if (session is null)
        {
            await turn.SendTextAsync(CopilTexts.DigestNoSession.In(language), cancellationToken);
            return;
        }
        var messages = await threads.DigestRepliesAsync(session, cancellationToken);
        if (messages.Count == 0)
        {
            await turn.SendTextAsync(CopilTexts.DigestNoThread.In(language, CopilWording.Date(session.Date, language)), cancellationToken);
            return;
        }
        // One digest per state of the decisions: asking again adds a digest only once more decisions were taken.
        var decided = await threads.DecidedCountAsync(session, cancellationToken);
        var user = await turn.GetUserAsync(cancellationToken);
        var occurrence = new OutboxOccurrence($"copil-digest:{session.Key}:{decided.ToString(CultureInfo.InvariantCulture)}",
            CopilTexts.DigestTitle.In(session.Language, CopilWording.Date(session.Date, session.Language)), null, CopilDigestJob.Type,
            turn.Activity.From?.AadObjectId ?? user.UserKey, language, clock.GetUtcNow(), null, false);
        var added = await outbox.EnqueueAsync(occurrence, messages, cancellationToken);
        await turn.SendTextAsync((added > 0 ? CopilTexts.DigestPosted : CopilTexts.DigestAlreadyPosted).In(language, CopilWording.Date(session.Date, language), messages.Count), cancellationToken);
    }

    /// <summary>"copil critères UC-2026-0042 roi élevé criticité moyenne alignement faible": the value criteria of a case awaiting a decision.</summary>
    public async Task CriteriaAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var match = CriteriaCommand().Match(turn.Text);
        var number = match.Success ? UseCaseNumber.TryParse(match.Groups["number"].Value) : null;
        if (number is null)
        {
            await turn.SendTextAsync(CopilTexts.CriteriaUsage.In(language), cancellationToken);
            return;
        }
        if (await useCases.FindAsync(number.Value, cancellationToken) is not { } stored)
        {
            await turn.SendTextAsync(CopilTexts.CriteriaNotFound.In(language, number.Value.ToString()), cancellationToken);
            return;
        }
        if (stored.UseCase.State is not (UseCaseState.Evaluated or UseCaseState.Deferred))
        {
            await turn.SendTextAsync(CopilTexts.CriteriaWrongState.In(language, number.Value.ToString()), cancellationToken);
            return;
        }
        var current = await sessions.GetCriteriaAsync(stored.UseCase.Id, cancellationToken);
        var rest = match.Groups["rest"].Value;
        var changed = string.IsNullOrWhiteSpace(rest) ? current : CriteriaText.Apply(current, rest);
        if (changed is null)
        {
            await turn.SendTextAsync(CopilTexts.CriteriaUsage.In(language), cancellationToken);
            return;
        }
        if (changed != current)
        {
            var user = await turn.GetUserAsync(cancellationToken);
            await sessions.SaveCriteriaAsync(stored.UseCase.Id, changed, user.UserKey, clock.GetUtcNow(), cancellationToken);
        }
        var score = agendas.Scoring.Score(stored.UseCase, changed);
        await turn.SendTextAsync(CopilTexts.CriteriaSaved.In(language, number.Value.ToString(), Rating(changed.Roi, language), Rating(changed.BusinessCriticality, language),
            Rating(changed.StrategicAlignment, language), CopilWording.Score(score.Value, language), CopilWording.Explain(score.Value, language)), cancellationToken);
    }

    /// <summary>The next session per the plan, or null (with the answer given) when no plan exists or its agenda already went out.</summary>
    private async Task AdjustAsync(ITurnContext turn, Regex command, Func<AgendaAdjustments, string, CancellationToken, Task<(AgendaAdjustments? Changed, TextRef? Problem)>> change,
        TextRef done, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var text = command.Match(turn.Text).Groups["text"].Value.Trim();
        if (await sessions.GetPlanAsync(cancellationToken) is not { } plan || plan.Calendar.NextSession(clock.GetUtcNow()) is not { } at)
        {
            await turn.SendTextAsync(CopilTexts.AgendaNoPlan.In(language), cancellationToken);
            return;
        }
        var date = DateOnly.FromDateTime(plan.Calendar.Sessions.ToLocal(at).DateTime);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var (session, etag) = await sessions.GetOrAddSessionAsync(date, at, plan.Calendar.Cadence, cancellationToken);
            if (session.IsPosted)
            {
                await turn.SendTextAsync(CopilTexts.AgendaAlreadyPosted.In(language, CopilWording.Date(date, language)), cancellationToken);
                return;
            }
            var (changed, problem) = await change(session.Adjustments, text, cancellationToken);
            if (changed is null)
            {
                await turn.SendTextAsync(problem!.In(language), cancellationToken);
                return;
            }
            if (await sessions.TryReplaceSessionAsync(session with { Adjustments = changed }, etag, cancellationToken))
            {
                await turn.SendTextAsync(done.In(language, text, CopilWording.Date(date, language)), cancellationToken);
                return;
            }
        }
        await turn.SendTextAsync(CopilTexts.AgendaBusy.In(language), cancellationToken);
    }

    private async Task<IReadOnlyList<string>?> KeysAsync(string text, CancellationToken cancellationToken)
    {
        if (AgendaReference.Parse(text) is not { } reference) return null;
        if (reference.UseCase is not { } number) return reference.Keys(null);
        return await useCases.FindAsync(number, cancellationToken) is { } stored ? reference.Keys(stored.UseCase.Id) : null;
    }

    private static ScheduledJob NewJob(string type, string title, JobSchedule schedule, string owner, Language language, DateTimeOffset now) =>
        new("j" + Guid.NewGuid().ToString("N")[..6], type, title, schedule, schedule.Cron!, ChannelPurposes.Copil, null, Role.CentralTeam, owner, language,
            Paused: false, ScheduleClock.FirstDue(schedule, now), null, null, false, 0, now);

    private string Describe(CopilPlan plan, Language language)
    {
        var c = plan.Calendar;
        var next = c.NextSession(clock.GetUtcNow());
        var agenda = next is { } n ? c.AgendaSchedule.NextAfter(n - TimeSpan.FromDays(c.AgendaDaysBefore + 1)) : null;
        return CopilTexts.PlanLine.In(language,
            (c.Cadence == CopilCadence.Monthly ? CopilTexts.Monthly : CopilTexts.Quarterly).In(language), c.DayOfMonth, c.Hour,
            next is { } s ? CopilWording.Instant(s, language) : "—", c.AgendaDaysBefore, agenda is { } a ? CopilWording.Instant(a, language) : "—",
            plan.AgendaJobId, c.Hour + c.DigestHoursAfter, plan.DigestJobId);
    }

    private static string Rating(Rating? rating, Language language) => rating is { } r ? UseCases.Cards.UseCaseTexts.Of(r, language) : "—";

    /// <summary>Reads "mensuel le 10 à 14h, ordre du jour 3 jours avant, synthèse à 18h" (or the English words); null without a cadence.</summary>
    internal static CopilCalendar? ReadCalendar(string text, CopilOptions defaults)
    {
        var plain = text.ToLowerInvariant();
        var cadence = Cadence().Match(plain);
        if (!cadence.Success) return null;
        var digest = Digest().Match(plain);
        // What remains once the digest's hour and the agenda's lead are read out holds the session's day and hour.
        var rest = Lead().Replace(Digest().Replace(plain, " "), " ");
        var hour = Hour().Match(rest) is { Success: true } h ? Int(h.Groups["h"].Value) : defaults.SessionHour;
        return new CopilCalendar(
            cadence.Value.StartsWith('m') ? CopilCadence.Monthly : CopilCadence.Quarterly,
            Day().Match(rest) is { Success: true } day ? Int(day.Groups["d"].Value) : defaults.SessionDay,
            hour,
            Lead().Match(plain) is { Success: true } lead ? Int(lead.Groups["n"].Value) : defaults.AgendaDaysBefore,
            null,
            digest.Success ? Int(digest.Groups["h"].Value) - hour : defaults.DigestHoursAfter);
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(mensuel(le)?|monthly|trimestriel(le)?|quarterly)\b")]
    private static partial Regex Cadence();

    [GeneratedRegex(@"\b(?:le|on(?:\s+the)?|on\s+day)\s+(?<d>\d{1,2})(?:er|st|nd|rd|th)?\b")]
    private static partial Regex Day();

    [GeneratedRegex(@"(?:\bà|\ba|\bat)\s+(?<h>\d{1,2})\s*(?:h|:00|\b)")]
    private static partial Regex Hour();

    [GeneratedRegex(@"(?<n>\d{1,2})\s*(?:jours?|days?|j|d)\s*(?:avant|before)")]
    private static partial Regex Lead();

    [GeneratedRegex(@"(?:synth[eè]se|digest)\s*(?:à|a|at)?\s*(?<h>\d{1,2})\s*(?:h|:00|\b)")]
    private static partial Regex Digest();

    [GeneratedRegex(@"^\s*(?:ordre\s+du\s+jour\s+ajouter|agenda\s+add)\b(?<text>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AddCommand();

    [GeneratedRegex(@"^\s*(?:ordre\s+du\s+jour\s+retirer|agenda\s+remove)\b(?<text>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex RemoveCommand();

    [GeneratedRegex(@"^\s*(?:ordre\s+du\s+jour\s+remettre|agenda\s+restore)\b(?<text>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex RestoreCommand();

    [GeneratedRegex(@"^\s*(?:copil\s+crit[eè]res|copil\s+criteria)\s+(?<number>\S+)(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex CriteriaCommand();
}
