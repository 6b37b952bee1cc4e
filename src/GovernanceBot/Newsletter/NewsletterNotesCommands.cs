using System.Text.RegularExpressions;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Identity;
using GovernanceBot.Modules;
using GovernanceBot.Newsletter.Cards;
using GovernanceBot.UseCases;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Newsletter;

/// <summary>
/// What feeds and follows the newsletter by typed commands: a hub's lesson learnt on one of its use cases, the
/// comms team's events list, and the list of issues with their delivery status.
/// </summary>
internal sealed partial class NewsletterNotesCommands(
    NewsletterNotesStore notes,
    NewsletterStore issues,
    NewsletterDelivery delivery,
    UseCaseStore useCases,
    IOptions<NewsletterOptions> options,
    TimeProvider clock)
{
    private const int IssuesShown = 8;

    /// <summary>"retour d'expérience UC-2026-0042 : texte": by the use case's hub (or the central team), on a submitted use case.</summary>
    public async Task AddLessonAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var match = LessonCommand().Match(turn.Text);
        var text = Clean(match.Groups["text"].Value);
        if (!match.Success || UseCaseNumber.TryParse(match.Groups["number"].Value) is not { } number || text.Length == 0)
        {
            await turn.SendTextAsync(NewsletterTexts.LessonUsage.In(language), cancellationToken);
            return;
        }
        if (text.Length > LessonLearnt.TextLength)
        {
            await turn.SendTextAsync(NewsletterTexts.LessonTooLong.In(language, LessonLearnt.TextLength), cancellationToken);
            return;
        }
        var found = await useCases.FindAsync(number, cancellationToken);
        if (found is null)
        {
            await turn.SendTextAsync(NewsletterTexts.LessonUnknownUseCase.In(language, number), cancellationToken);
            return;
        }
        var user = await turn.GetUserAsync(cancellationToken);
        var useCase = found.UseCase;
        if (user.HubId != useCase.HubId && !user.May(Permission.EvaluateUseCase))
        {
            await turn.SendTextAsync(NewsletterTexts.LessonNotYourHub.In(language, number), cancellationToken);
            return;
        }
        var lesson = new LessonLearnt(Guid.NewGuid(), number.ToString(), useCase.Title, useCase.HubId, text, user.DisplayName ?? user.UserKey, clock.GetUtcNow());
        await notes.AddLessonAsync(lesson, user.UserKey, cancellationToken);
        await turn.SendTextAsync(NewsletterTexts.LessonAdded.In(language, number, useCase.Title), cancellationToken);
    }

    public async Task AddEventAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        UpcomingEvent added;
        try
        {
            added = EventEntry.Parse(EventAddCommand().Match(turn.Text).Groups["text"].Value, Today(), Guid.NewGuid());
        }
        catch (EventEntryException problem)
        {
            var reason = problem.Problem switch
            {
                EventEntryProblem.PastDate => NewsletterTexts.EventPast.In(language),
                EventEntryProblem.TooLong => NewsletterTexts.EventTooLong.In(language, UpcomingEvent.TitleLength),
                _ => NewsletterTexts.EventUsage.In(language),
            };
            await turn.SendTextAsync(reason, cancellationToken);
            return;
        }
        await notes.AddEventAsync(added, cancellationToken);
        await turn.SendTextAsync(NewsletterTexts.EventAdded.In(language, Line(added, language)), cancellationToken);
    }

    public async Task ListEventsAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var upcoming = (await notes.ListEventsAsync(cancellationToken)).Where(e => e.Date >= Today()).ToList();
        var text = upcoming.Count == 0
            ? NewsletterTexts.EventsEmpty.In(language)
            : NewsletterTexts.EventsTitle.In(language, upcoming.Count) + "\n\n" + string.Join("\n", upcoming.Select(e => "- " + Line(e, language)));
        await turn.SendTextAsync(text, cancellationToken);
    }

    public async Task RemoveEventAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var id = EventRemoveCommand().Match(turn.Text).Groups["id"].Value.Trim().Trim('[', ']');
        if (id.Length < 4 || !id.All(Uri.IsHexDigit))
        {
            await turn.SendTextAsync(NewsletterTexts.EventRemoveUsage.In(language), cancellationToken);
            return;
        }
        var removed = await notes.RemoveEventAsync(id, cancellationToken);
        await turn.SendTextAsync(removed is null ? NewsletterTexts.EventNotFound.In(language, id) : NewsletterTexts.EventRemoved.In(language, removed.Title), cancellationToken);
    }

    /// <summary>"newsletters": the latest issues, newest first, with their status and, once sent, how many channels got them.</summary>
    public async Task ListIssuesAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var all = await issues.ListAsync(IssuesShown, cancellationToken);
        if (all.Count == 0)
        {
            await turn.SendTextAsync(NewsletterTexts.IssuesEmpty.In(language), cancellationToken);
            return;
        }
        var lines = new List<string> { NewsletterTexts.IssuesTitle.In(language) };
        foreach (var stored in all)
        {
            var issue = stored.Issue;
            var line = NewsletterTexts.IssueLine.In(language, issue.Quarter.Label(language), NewsletterWords.Status(issue, language, options.Value.TimeZone));
            if (await delivery.TallyAsync(issue, cancellationToken) is { } tally)
            {
                line += " " + NewsletterTexts.IssueDelivery.In(language, tally.Sent, tally.Queued + tally.Sending, tally.Failed);
                line += string.Concat(tally.Failures.Select(f => " " + NewsletterTexts.IssueFailure.In(language, f.Recipient, f.Reason)));
            }
            lines.Add("- " + line);
        }
        await turn.SendTextAsync(string.Join("\n", lines), cancellationToken);
    }

    private static string Line(UpcomingEvent e, Domain.Language language) =>
        NewsletterTexts.EventListLine.In(language, NewsletterNotesStore.ShortId(e), NewsletterComposer.Date(e.Date, language), NewsletterTexts.EventKind(e.Kind, language), e.Title)
        + (e.Place is null ? "" : NewsletterTexts.EventListPlace.In(language, e.Place));

    private DateOnly Today() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone)).DateTime);

    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^\s*(?:retour\s+d['’]exp[ée]rience|lessons?\s+learn(?:t|ed))\s+(?<number>UC-\d{4}-\d{1,7})\b\s*:?\s*(?<text>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex LessonCommand();

    [GeneratedRegex(@"^\s*(?:[ée]v[ée]nement\s+ajouter|event\s+add)\b(?<text>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex EventAddCommand();

    [GeneratedRegex(@"^\s*(?:[ée]v[ée]nement\s+supprimer|event\s+remove)\b(?<id>.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex EventRemoveCommand();
}
