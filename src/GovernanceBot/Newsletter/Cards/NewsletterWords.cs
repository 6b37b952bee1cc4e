using System.Globalization;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Domain.Newsletter.Facts;

namespace GovernanceBot.Newsletter.Cards;

/// <summary>How statuses, sources, times and refusals read in each language.</summary>
public static class NewsletterWords
{
    public static string Status(NewsletterIssue issue, Language language, string timeZoneId) => issue.Status switch
    {
        NewsletterStatus.Sent => NewsletterTexts.StatusSent.In(language, Time(issue.SentAt!.Value, timeZoneId, language)),
        NewsletterStatus.Scheduled => NewsletterTexts.StatusScheduled.In(language, Time(issue.Schedule!.At, issue.Schedule.TimeZoneId, language), issue.Schedule.ChannelIds.Count),
        NewsletterStatus.Approved => NewsletterTexts.StatusApproved.In(language, Approvers(issue)),
        NewsletterStatus.AwaitingSecondApproval => NewsletterTexts.StatusAwaitingSecond.In(language, Approvers(issue)),
        _ => NewsletterTexts.StatusDraft.In(language, issue.RequiredApprovals),
    };

    /// <summary>"15 décembre 2026 à 09:00 (Europe/Paris)": the instant as a wall-clock time in the zone it was chosen in, zone named.</summary>
    public static string Time(DateTimeOffset instant, string timeZoneId, Language language)
    {
        var local = TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));
        var culture = CultureInfo.GetCultureInfo(language == Language.English ? "en-GB" : "fr-FR");
        return NewsletterTexts.TimeFormat.In(language, local.ToString("d MMMM yyyy", culture), local.ToString("HH:mm", CultureInfo.InvariantCulture), timeZoneId);
    }

    public static string Sources(NewsletterSection section, Language language) =>
        section.Sources.Count == 0
            ? NewsletterTexts.SourceNone.In(language)
            : string.Join(" · ", section.Sources.Select(s => Source(s, language)));

    private static string Source(FactSource source, Language language) => source.Kind switch
    {
        SourceKind.UseCase => NewsletterTexts.SourceUseCase.In(language, source.Reference),
        SourceKind.UseCaseRegistry => NewsletterTexts.SourceRegistry.In(language, source.Reference),
        SourceKind.LessonLearnt => NewsletterTexts.SourceLesson.In(language, source.Reference),
        SourceKind.StandardsList => NewsletterTexts.SourceStandards.In(language, source.Reference),
        SourceKind.EventsList => NewsletterTexts.SourceEvents.In(language, source.Reference),
        _ => NewsletterTexts.SourceWritten.In(language, source.Reference),
    };

    public static string Refusal(NewsletterRefusal refusal, Language language) => refusal switch
    {
        NewsletterRefusal.NotComms => NewsletterTexts.RefusedNotComms.In(language),
        NewsletterRefusal.AlreadySent => NewsletterTexts.RefusedAlreadySent.In(language),
        NewsletterRefusal.StaleCard => NewsletterTexts.RefusedStale.In(language),
        NewsletterRefusal.UnknownSection => NewsletterTexts.RefusedUnknownSection.In(language),
        NewsletterRefusal.TitleRequired => NewsletterTexts.RefusedTitleRequired.In(language),
        NewsletterRefusal.TitleTooLong => NewsletterTexts.RefusedTitleTooLong.In(language, NewsletterSection.TitleLength),
        NewsletterRefusal.BodyRequired => NewsletterTexts.RefusedBodyRequired.In(language),
        NewsletterRefusal.BodyTooLong => NewsletterTexts.RefusedBodyTooLong.In(language, NewsletterSection.BodyLength),
        NewsletterRefusal.TooManySections => NewsletterTexts.RefusedTooManySections.In(language, NewsletterIssue.MaxSections),
        NewsletterRefusal.NoSections => NewsletterTexts.RefusedNoSections.In(language),
        NewsletterRefusal.AlreadyApprovedByYou => NewsletterTexts.RefusedAlreadyApproved.In(language),
        NewsletterRefusal.NotApproved => NewsletterTexts.RefusedNotApproved.In(language),
        NewsletterRefusal.TimeNotInFuture => NewsletterTexts.RefusedPastTime.In(language),
        NewsletterRefusal.TimeTooFar => NewsletterTexts.RefusedTooFar.In(language),
        NewsletterRefusal.NoChannel => NewsletterTexts.RefusedNoChannel.In(language),
        _ => NewsletterTexts.RefusedNotScheduled.In(language),
    };

    /// <summary>"lost: 12 000, Alice Martin · added: 15 000": why a rewrite was refused, fact by fact.</summary>
    public static string FactsChanged(FactCheckResult check, Language language)
    {
        var parts = new List<string>();
        if (check.Missing.Count > 0) parts.Add(NewsletterTexts.FactsMissing.In(language, string.Join(", ", check.Missing.Select(f => f.Text))));
        if (check.Added.Count > 0) parts.Add(NewsletterTexts.FactsAdded.In(language, string.Join(", ", check.Added.Select(f => f.Text))));
        return NewsletterTexts.PolishRefusedFacts.In(language, string.Join(" · ", parts));
    }

    private static string Approvers(NewsletterIssue issue) =>
        string.Join(", ", issue.Approvals.Select(a => a.DisplayName ?? a.UserKey)) + $" ({issue.Approvals.Count}/{issue.RequiredApprovals})";
}
