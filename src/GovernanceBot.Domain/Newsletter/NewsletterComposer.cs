using System.Globalization;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Newsletter;

/// <summary>
/// Writes a quarter's first draft from the store's facts, one section per kind of DESIGN §6, each citing the
/// records it used. A section with nothing to say for the quarter is left out rather than printed empty.
/// </summary>
public static class NewsletterComposer
{
    public const int MaxEvents = 10;

    public static IReadOnlyList<NewsletterSection> Compose(QuarterFacts facts, NewsletterWording wording)
    {
        var launches = Launches(facts);
        return new[]
        {
            Progress(facts, launches, wording),
            NewInProduction(facts, launches, wording),
            Lessons(facts, wording),
            Standards(facts, wording),
            Events(facts, wording),
            Champion(facts, launches, wording),
        }.OfType<NewsletterSection>().ToList();
    }

    /// <summary>Use cases in production whose go-live date falls in the quarter, oldest first.</summary>
    public static IReadOnlyList<UseCase> Launches(QuarterFacts facts) =>
        facts.UseCases
            .Where(u => u.State == UseCaseState.InProduction && u.Number is not null && u.Production.GoLiveDate is { } live && facts.Quarter.Contains(live))
            .OrderBy(u => u.Production.GoLiveDate).ThenBy(u => u.Number.ToString(), StringComparer.Ordinal)
            .ToList();

    private static NewsletterSection? Progress(QuarterFacts facts, IReadOnlyList<UseCase> launches, NewsletterWording wording)
    {
        var submitted = facts.UseCases.Count(u => u.SubmittedAt is { } at && facts.Quarter.Contains(DateOnly.FromDateTime(at.UtcDateTime)));
        var industrialising = facts.UseCases.Count(u => u.State is UseCaseState.InIndustrialisation or UseCaseState.InValidation);
        var inProduction = facts.UseCases.Count(u => u.State == UseCaseState.InProduction);
        if (submitted + launches.Count + industrialising + inProduction == 0) return null;
        var body = Fill(wording.ProgressBody, ("submitted", Count(submitted)), ("live", Count(launches.Count)), ("industrialising", Count(industrialising)), ("inProduction", Count(inProduction)));
        return new NewsletterSection("progress", SectionKind.Progress, wording.ProgressTitle, body, [new FactSource(SourceKind.UseCaseRegistry, Count(facts.UseCases.Count))]);
    }

    private static NewsletterSection? NewInProduction(QuarterFacts facts, IReadOnlyList<UseCase> launches, NewsletterWording wording)
    {
        if (launches.Count == 0) return null;
        var lines = launches.Select(u => Fill(
            wording.LaunchLine,
            ("title", u.Title),
            ("number", u.Number.ToString()!),
            ("hub", HubName(facts, u.HubId)),
            ("impact", FirstText(u.Production.KpiValues, u.Content.Package.BusinessStakes)?.TrimEnd('.') ?? wording.NoImpact),
            ("contact", FirstText(u.Production.SupportContact, u.Content.Package.HubOwner, u.SubmitterName) ?? wording.NoContact),
            ("date", Date(u.Production.GoLiveDate!.Value, wording.Language))));
        return new NewsletterSection("launches", SectionKind.NewInProduction, wording.LaunchesTitle, string.Join("\n", lines), UseCaseSources(launches));
    }

    private static NewsletterSection? Lessons(QuarterFacts facts, NewsletterWording wording)
    {
        var lessons = facts.Lessons.Where(l => facts.Quarter.Contains(DateOnly.FromDateTime(l.At.UtcDateTime))).OrderBy(l => l.At).ToList();
        if (lessons.Count == 0) return null;
        var lines = lessons.Select(l => Fill(wording.LessonLine, ("title", l.UseCaseTitle), ("number", l.UseCaseNumber), ("hub", HubName(facts, l.HubId)), ("lesson", l.Text), ("author", l.AuthorName)));
        var sources = lessons.Select(l => new FactSource(SourceKind.LessonLearnt, l.UseCaseNumber)).Distinct().ToList();
        return new NewsletterSection("lessons", SectionKind.LessonsLearnt, wording.LessonsTitle, string.Join("\n", lines), sources);
    }

    private static NewsletterSection? Standards(QuarterFacts facts, NewsletterWording wording)
    {
        var changes = facts.Standards.Where(s => facts.Quarter.Contains(s.Date)).OrderBy(s => s.Date).ToList();
        if (changes.Count == 0) return null;
        var lines = changes.Select(s => Fill(wording.StandardLine, ("title", s.Title), ("summary", s.Summary), ("date", Date(s.Date, wording.Language))));
        return new NewsletterSection("standards", SectionKind.Standards, wording.StandardsTitle, string.Join("\n", lines), [new FactSource(SourceKind.StandardsList, Count(changes.Count))]);
    }

    private static NewsletterSection? Events(QuarterFacts facts, NewsletterWording wording)
    {
        var upcoming = facts.Events.Where(e => e.Date >= facts.Today).OrderBy(e => e.Date).ThenBy(e => e.Title, StringComparer.Ordinal).Take(MaxEvents).ToList();
        if (upcoming.Count == 0) return null;
        var lines = upcoming.Select(e =>
            Fill(wording.EventLine, ("date", Date(e.Date, wording.Language)), ("kind", wording.EventKinds.GetValueOrDefault(e.Kind, e.Kind.ToString())), ("title", e.Title))
            + (string.IsNullOrWhiteSpace(e.Place) ? "" : Fill(wording.EventPlace, ("place", e.Place.Trim()))));
        return new NewsletterSection("events", SectionKind.UpcomingEvents, wording.EventsTitle, string.Join("\n", lines), [new FactSource(SourceKind.EventsList, Count(upcoming.Count))]);
    }

    /// <summary>The hub that put the most use cases in production this quarter; ties go to the best industrialisation score, then the name.</summary>
    private static NewsletterSection? Champion(QuarterFacts facts, IReadOnlyList<UseCase> launches, NewsletterWording wording)
    {
        var champion = launches
            .GroupBy(u => u.HubId)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Max(u => u.Score(IndustrialisationScoring.Default)?.Total ?? 0))
            .ThenBy(g => HubName(facts, g.Key), StringComparer.Ordinal)
            .FirstOrDefault();
        if (champion is null) return null;
        var body = Fill(wording.ChampionBody, ("hub", HubName(facts, champion.Key)), ("count", Count(champion.Count())), ("titles", string.Join(", ", champion.Select(u => u.Title))));
        return new NewsletterSection("champion", SectionKind.Champion, wording.ChampionTitle, body, UseCaseSources(champion.ToList()));
    }

    private static IReadOnlyList<FactSource> UseCaseSources(IReadOnlyList<UseCase> useCases) =>
        useCases.Select(u => new FactSource(SourceKind.UseCase, u.Number.ToString())).ToList();

    private static string HubName(QuarterFacts facts, string hubId) => facts.HubNames.GetValueOrDefault(hubId, hubId);

    private static string? FirstText(params string?[] candidates) => candidates.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim();

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    public static string Date(DateOnly date, Language language) =>
        date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(language == Language.English ? "en-GB" : "fr-FR"));

    private static string Fill(string template, params (string Name, string Value)[] values) =>
        values.Aggregate(template, (text, value) => text.Replace("{" + value.Name + "}", value.Value, StringComparison.Ordinal));
}
