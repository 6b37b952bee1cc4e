using GovernanceBot.Domain;
using GovernanceBot.Domain.Newsletter;
using GovernanceBot.Newsletter;
using GovernanceBot.Storage;
using GovernanceBot.Storage.Sqlite;

namespace GovernanceBot.Tests.Newsletter;

public sealed class NewsletterStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly NewsletterActor Camille = new("aad-camille", "Camille", IsComms: true);
    private static readonly NewsletterActor Malik = new("aad-malik", "Malik", IsComms: true);
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("gb-newsletter-");
    private readonly SqliteTableStorage _storage;
    private readonly NewsletterStore _store;

    public NewsletterStoreTests()
    {
        _storage = new SqliteTableStorage(Path.Combine(_directory.FullName, "bot.db"));
        _store = new NewsletterStore(_storage);
    }

    private static NewsletterIssue Issue(Quarter quarter) => NewsletterIssue.Start(
        quarter,
        Language.French,
        [
            new NewsletterSection("launches", SectionKind.NewInProduction, "Nouveaux cas en production", "• Churn (UC-2026-0007) : attrition −2 pts.", [new FactSource(SourceKind.UseCase, "UC-2026-0007")]),
            new NewsletterSection("events", SectionKind.UpcomingEvents, "Agenda", "• 10 décembre 2026 — Tech talk : Drift", [new FactSource(SourceKind.EventsList, "1")]),
        ],
        2,
        Camille,
        Now);

    [Fact]
    public async Task An_issue_round_trips_with_its_sections_sources_approvals_and_schedule()
    {
        var stored = await _store.AddAsync(Issue(new Quarter(2026, 4)), CancellationToken.None);
        var changed = stored.Issue.Approve(Camille, Now).Approve(Malik, Now)
            .ScheduleFor(Camille, Now.AddDays(14), "Europe/Paris", ["19:abc@thread.tacv2", "19:def@thread.tacv2"], Now);
        await _store.ReplaceAsync(changed, stored.ETag, CancellationToken.None);

        var read = await _store.GetAsync(new Quarter(2026, 4), CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal(changed.Sections, read.Issue.Sections);
        Assert.Equal(changed.Approvals, read.Issue.Approvals);
        Assert.Equal(changed.Schedule, read.Issue.Schedule);
        Assert.Equal((changed.Revision, changed.ContentVersion, changed.RequiredApprovals, NewsletterStatus.Scheduled), (read.Issue.Revision, read.Issue.ContentVersion, read.Issue.RequiredApprovals, read.Issue.Status));
    }

    [Fact]
    public async Task An_issue_of_twelve_full_sections_fits_although_it_is_larger_than_one_table_property()
    {
        var sections = Enumerable.Range(1, NewsletterIssue.MaxSections)
            .Select(i => new NewsletterSection($"s{i}", SectionKind.Custom, $"Rubrique {i}", new string('é', NewsletterSection.BodyLength - 4) + $" {i:D3}", [new FactSource(SourceKind.Written, "Camille")]))
            .ToList();
        var issue = NewsletterIssue.Start(new Quarter(2026, 4), Language.French, sections, 1, Camille, Now);

        var stored = await _store.AddAsync(issue, CancellationToken.None);
        var read = await _store.GetAsync(new Quarter(2026, 4), CancellationToken.None);

        Assert.Equal(issue.Sections, read!.Issue.Sections);
        await _store.ReplaceAsync(read.Issue.Approve(Camille, Now), stored.ETag, CancellationToken.None);
        Assert.True((await _store.GetAsync(new Quarter(2026, 4), CancellationToken.None))!.Issue.IsApproved);
    }

    [Fact]
    public async Task A_write_from_a_stale_read_is_refused_so_a_colleague_s_edit_is_not_lost()
    {
        var stored = await _store.AddAsync(Issue(new Quarter(2026, 4)), CancellationToken.None);
        await _store.ReplaceAsync(stored.Issue.EditSection(Malik, "events", "Agenda", "Rien de prévu.", Now), stored.ETag, CancellationToken.None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            _store.ReplaceAsync(stored.Issue.RemoveSection(Camille, "events", Now), stored.ETag, CancellationToken.None));
        Assert.Equal("Rien de prévu.", (await _store.GetAsync(new Quarter(2026, 4), CancellationToken.None))!.Issue.Sections[1].Body);
    }

    [Fact]
    public async Task Starting_a_quarter_a_colleague_already_started_is_refused()
    {
        await _store.AddAsync(Issue(new Quarter(2026, 4)), CancellationToken.None);

        await Assert.ThrowsAsync<EntityAlreadyExistsException>(() => _store.AddAsync(Issue(new Quarter(2026, 4)), CancellationToken.None));
    }

    [Fact]
    public async Task Past_issues_list_newest_quarter_first()
    {
        foreach (var quarter in new[] { new Quarter(2025, 4), new Quarter(2026, 2), new Quarter(2026, 1), new Quarter(2026, 3) })
        {
            await _store.AddAsync(Issue(quarter), CancellationToken.None);
        }

        var issues = await _store.ListAsync(3, CancellationToken.None);

        Assert.Equal(["2026-Q3", "2026-Q2", "2026-Q1"], issues.Select(i => i.Issue.Quarter.ToString()));
    }

    public void Dispose()
    {
        _storage.Dispose();
        _directory.Delete(recursive: true);
    }
}
