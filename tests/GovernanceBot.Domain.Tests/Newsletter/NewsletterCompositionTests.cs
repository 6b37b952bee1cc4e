using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Domain.UseCases;
using static GovernanceBot.Domain.Tests.Newsletter.NewsletterSamples;

namespace GovernanceBot.Domain.Tests.Newsletter;

public class NewsletterCompositionTests
{
    private static QuarterFacts KnownQuarter() => new(
        Q4,
        Today,
        [
            Live(7, "retail-banking", "Churn early warning", new DateOnly(2026, 10, 14)),
            Live(9, "retail-banking", "Next best offer", new DateOnly(2026, 11, 20), kpi: null, contact: null),
            Live(11, "insurance", "Claims triage", new DateOnly(2026, 11, 3), kpi: "délai de traitement −30 %"),
            Live(3, "insurance", "Fraud scoring", new DateOnly(2026, 9, 30)),
            InState(UseCaseState.InIndustrialisation, 12, submittedAt: new DateTimeOffset(2026, 10, 2, 8, 0, 0, TimeSpan.Zero)),
            InState(UseCaseState.Submitted, 13, submittedAt: new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero)),
            InState(UseCaseState.Rejected, 14),
        ],
        Hubs,
        [
            new LessonLearnt(Guid.NewGuid(), "UC-2026-0007", "Churn early warning", "retail-banking", "Impliquer les conseillers dès le prototype.", "Alice Martin", new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.Zero)),
            new LessonLearnt(Guid.NewGuid(), "UC-2026-0003", "Fraud scoring", "insurance", "Lesson from last quarter.", "Chloé", new DateTimeOffset(2026, 9, 2, 10, 0, 0, TimeSpan.Zero)),
        ],
        [
            new StandardChange(Guid.NewGuid(), "Model cards", "Une fiche modèle est exigée avant la mise en production.", new DateOnly(2026, 10, 20)),
            new StandardChange(Guid.NewGuid(), "Old rule", "Changed in Q3.", new DateOnly(2026, 8, 1)),
        ],
        [
            new UpcomingEvent(Guid.NewGuid(), EventKind.Workshop, "MLOps niveau 2", new DateOnly(2027, 1, 15), "Salle Turing"),
            new UpcomingEvent(Guid.NewGuid(), EventKind.TechTalk, "Drift en production", new DateOnly(2026, 12, 10), null),
            new UpcomingEvent(Guid.NewGuid(), EventKind.Training, "Past training", new DateOnly(2026, 11, 10), null),
        ]);

    [Fact]
    public void A_known_quarter_gives_every_section_in_the_usual_order()
    {
        var sections = NewsletterComposer.Compose(KnownQuarter(), French);

        Assert.Equal(
            [SectionKind.Progress, SectionKind.NewInProduction, SectionKind.LessonsLearnt, SectionKind.Standards, SectionKind.UpcomingEvents, SectionKind.Champion],
            sections.Select(s => s.Kind));
    }

    [Fact]
    public void New_in_production_lists_the_quarter_s_go_lives_with_impact_and_contact_and_cites_each_use_case()
    {
        var section = NewsletterComposer.Compose(KnownQuarter(), French).Single(s => s.Kind == SectionKind.NewInProduction);

        Assert.Equal(
            [
                "• Churn early warning (UC-2026-0007, hub Banque de détail), en production le 14 octobre 2026 : attrition −2 pts. Contact : support-data@example.org.",
                "• Claims triage (UC-2026-0011, hub Assurance), en production le 3 novembre 2026 : délai de traitement −30 %. Contact : support-data@example.org.",
                "• Next best offer (UC-2026-0009, hub Banque de détail), en production le 20 novembre 2026 : Two points of attrition. Contact : Alice Martin.",
            ],
            section.Body.Split('\n'));
        Assert.Equal(["UC-2026-0007", "UC-2026-0011", "UC-2026-0009"], section.Sources.Select(s => s.Reference));
        Assert.All(section.Sources, s => Assert.Equal(SourceKind.UseCase, s.Kind));
        Assert.DoesNotContain("Fraud scoring", section.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_counts_the_quarter_s_submissions_and_go_lives_and_today_s_pipeline()
    {
        var section = NewsletterComposer.Compose(KnownQuarter(), English with { }).Single(s => s.Kind == SectionKind.Progress);

        Assert.Equal("2 submitted, 3 went live, 1 being industrialised, 4 in production overall.", section.Body);
        Assert.Equal([new FactSource(SourceKind.UseCaseRegistry, "7")], section.Sources);
    }

    [Fact]
    public void Lessons_standards_and_events_keep_to_the_quarter_and_what_is_still_to_come()
    {
        var sections = NewsletterComposer.Compose(KnownQuarter(), English);

        var lessons = sections.Single(s => s.Kind == SectionKind.LessonsLearnt);
        Assert.Equal("• Churn early warning (UC-2026-0007): \"Impliquer les conseillers dès le prototype.\" (Alice Martin)", lessons.Body);
        Assert.Equal([new FactSource(SourceKind.LessonLearnt, "UC-2026-0007")], lessons.Sources);

        var standards = sections.Single(s => s.Kind == SectionKind.Standards);
        Assert.Equal("• Model cards (20 October 2026): Une fiche modèle est exigée avant la mise en production.", standards.Body);

        var events = sections.Single(s => s.Kind == SectionKind.UpcomingEvents);
        Assert.Equal(["• 10 December 2026 — Tech talk: Drift en production", "• 15 January 2027 — Workshop: MLOps niveau 2 (Salle Turing)"], events.Body.Split('\n'));
        Assert.Equal([new FactSource(SourceKind.EventsList, "2")], events.Sources);
    }

    [Fact]
    public void The_champion_is_the_hub_with_the_most_go_lives_and_cites_them()
    {
        var champion = NewsletterComposer.Compose(KnownQuarter(), French).Single(s => s.Kind == SectionKind.Champion);

        Assert.Equal("Bravo au hub Banque de détail : 2 cas en production ce trimestre (Churn early warning, Next best offer).", champion.Body);
        Assert.Equal(["UC-2026-0007", "UC-2026-0009"], champion.Sources.Select(s => s.Reference));
    }

    [Fact]
    public void A_quiet_quarter_leaves_out_the_sections_it_has_nothing_for()
    {
        var quiet = KnownQuarter() with { Quarter = new Quarter(2027, 1), Today = new DateOnly(2027, 2, 1), Lessons = [], Standards = [] };

        var sections = NewsletterComposer.Compose(quiet, French);

        Assert.Equal([SectionKind.Progress], sections.Select(s => s.Kind));
        Assert.Equal("0 cas soumis, 0 mis en production, 1 en industrialisation, 4 en production au total.", sections[0].Body);
    }

    [Fact]
    public void An_empty_store_gives_no_section_at_all()
    {
        var empty = new QuarterFacts(Q4, Today, [], Hubs, [], [], []);

        Assert.Empty(NewsletterComposer.Compose(empty, English));
    }

    [Theory]
    [InlineData(2026, 1, 1, "2026-Q1")]
    [InlineData(2026, 3, 31, "2026-Q1")]
    [InlineData(2026, 4, 1, "2026-Q2")]
    [InlineData(2026, 12, 31, "2026-Q4")]
    public void Quarters_run_three_calendar_months(int year, int month, int day, string quarter)
    {
        Assert.Equal(quarter, Quarter.Of(new DateOnly(year, month, day)).ToString());
        Assert.Equal(Quarter.Of(new DateOnly(year, month, day)), Quarter.TryParse(quarter));
    }

    [Fact]
    public void Quarter_labels_follow_the_language()
    {
        Assert.Equal("T4 2026", Q4.Label(Language.French));
        Assert.Equal("Q4 2026", Q4.Label(Language.English));
    }
}
