using GovernanceBot.Domain.Newsletter;
using static GovernanceBot.Domain.Tests.Newsletter.NewsletterSamples;

namespace GovernanceBot.Domain.Tests.Newsletter;

public class NewsletterIssueTests
{
    private static readonly DateTimeOffset SendAt = new(2026, 12, 15, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Sections_are_edited_reordered_added_and_removed_each_a_new_revision()
    {
        var issue = Draft();

        issue = issue.EditSection(Camille, "b", "Nouveau titre", "  Nouveau texte.  ", Now);
        issue = issue.MoveSection(Camille, "c", -2, Now);
        issue = issue.AddSection(Camille, "d", "Mot de la fin", "À bientôt.", Now);
        issue = issue.RemoveSection(Camille, "a", Now);

        Assert.Equal(["c", "b", "d"], issue.Sections.Select(s => s.Id));
        Assert.Equal(("Nouveau titre", "Nouveau texte."), (issue.Sections[1].Title, issue.Sections[1].Body));
        Assert.Equal([new FactSource(SourceKind.Written, "Camille")], issue.Sections[2].Sources);
        Assert.Equal(5, issue.Revision);
    }

    [Fact]
    public void Moving_past_either_end_stops_there_and_changes_nothing()
    {
        var issue = Draft();

        Assert.Same(issue, issue.MoveSection(Camille, "a", -1, Now));
        Assert.Equal(["b", "c", "a"], issue.MoveSection(Camille, "a", 10, Now).Sections.Select(s => s.Id));
    }

    [Fact]
    public void An_edit_that_changes_nothing_keeps_the_approvals()
    {
        var approved = Draft().Approve(Camille, Now);
        var section = approved.Sections[0];

        Assert.Same(approved, approved.EditSection(Malik, "a", section.Title, section.Body, Now));
    }

    [Theory]
    [InlineData("", "texte", NewsletterRefusal.TitleRequired)]
    [InlineData("titre", "   ", NewsletterRefusal.BodyRequired)]
    public void Empty_titles_and_texts_are_refused(string title, string body, NewsletterRefusal reason)
    {
        var refused = Assert.Throws<NewsletterRefusedException>(() => Draft().EditSection(Camille, "a", title, body, Now));

        Assert.Equal(reason, refused.Reason);
    }

    [Fact]
    public void Over_long_titles_and_texts_are_refused_at_the_boundary()
    {
        var issue = Draft();

        issue.EditSection(Camille, "a", new string('t', NewsletterSection.TitleLength), new string('b', NewsletterSection.BodyLength), Now);
        Assert.Equal(NewsletterRefusal.TitleTooLong, Assert.Throws<NewsletterRefusedException>(() => issue.EditSection(Camille, "a", new string('t', NewsletterSection.TitleLength + 1), "b", Now)).Reason);
        Assert.Equal(NewsletterRefusal.BodyTooLong, Assert.Throws<NewsletterRefusedException>(() => issue.EditSection(Camille, "a", "t", new string('b', NewsletterSection.BodyLength + 1), Now)).Reason);
    }

    [Fact]
    public void No_more_than_twelve_sections()
    {
        var full = Draft(1, Enumerable.Range(1, NewsletterIssue.MaxSections).Select(i => $"s{i}").ToArray());

        Assert.Equal(NewsletterRefusal.TooManySections, Assert.Throws<NewsletterRefusedException>(() => full.AddSection(Camille, "x", "t", "b", Now)).Reason);
    }

    [Fact]
    public void Only_the_comms_role_may_change_approve_or_schedule()
    {
        var issue = Draft();

        Assert.All(
            new Action[]
            {
                () => issue.EditSection(Hubert, "a", "t", "b", Now),
                () => issue.MoveSection(Hubert, "a", 1, Now),
                () => issue.AddSection(Hubert, "x", "t", "b", Now),
                () => issue.RemoveSection(Hubert, "a", Now),
                () => issue.Approve(Hubert, Now),
                () => issue.Approve(Camille, Now).ScheduleFor(Hubert, SendAt, "Europe/Paris", ["c1"], Now),
                () => NewsletterIssue.Start(Q4, Language.French, [], 1, Hubert, Now),
            },
            act => Assert.Equal(NewsletterRefusal.NotComms, Assert.Throws<NewsletterRefusedException>(act).Reason));
    }

    [Fact]
    public void One_approval_suffices_when_one_approver_is_configured()
    {
        var approved = Draft().Approve(Camille, Now);

        Assert.True(approved.IsApproved);
        Assert.Equal(NewsletterStatus.Approved, approved.Status);
    }

    [Fact]
    public void A_second_approver_must_be_another_person()
    {
        var once = Draft(requiredApprovals: 2).Approve(Camille, Now);

        Assert.False(once.IsApproved);
        Assert.Equal(NewsletterStatus.AwaitingSecondApproval, once.Status);
        Assert.Equal(NewsletterRefusal.AlreadyApprovedByYou, Assert.Throws<NewsletterRefusedException>(() => once.Approve(Camille, Now)).Reason);
        var twice = once.Approve(Malik, Now);
        Assert.True(twice.IsApproved);
        Assert.Equal(["Camille", "Malik"], twice.Approvals.Select(a => a.DisplayName));
    }

    [Fact]
    public void Any_change_of_text_or_order_voids_the_approvals_and_the_schedule()
    {
        var scheduled = Draft().Approve(Camille, Now).ScheduleFor(Camille, SendAt, "Europe/Paris", ["c1"], Now);

        foreach (var changed in new[]
        {
            scheduled.EditSection(Malik, "a", "Titre a", "Un mot de plus.", Now),
            scheduled.MoveSection(Malik, "a", 1, Now),
            scheduled.AddSection(Malik, "d", "t", "b", Now),
            scheduled.RemoveSection(Malik, "c", Now),
        })
        {
            Assert.Empty(changed.Approvals);
            Assert.Null(changed.Schedule);
            Assert.Equal(NewsletterStatus.Draft, changed.Status);
            Assert.False(changed.IsDue(SendAt));
        }
    }

    [Fact]
    public void Scheduling_needs_the_approved_text_a_future_time_and_a_channel()
    {
        var draft = Draft();
        var approved = draft.Approve(Camille, Now);

        Assert.Equal(NewsletterRefusal.NotApproved, Assert.Throws<NewsletterRefusedException>(() => draft.ScheduleFor(Camille, SendAt, "Europe/Paris", ["c1"], Now)).Reason);
        Assert.Equal(NewsletterRefusal.TimeNotInFuture, Assert.Throws<NewsletterRefusedException>(() => approved.ScheduleFor(Camille, Now, "Europe/Paris", ["c1"], Now)).Reason);
        Assert.Equal(NewsletterRefusal.TimeTooFar, Assert.Throws<NewsletterRefusedException>(() => approved.ScheduleFor(Camille, Now.AddDays(367), "Europe/Paris", ["c1"], Now)).Reason);
        Assert.Equal(NewsletterRefusal.NoChannel, Assert.Throws<NewsletterRefusedException>(() => approved.ScheduleFor(Camille, SendAt, "Europe/Paris", [" "], Now)).Reason);

        var scheduled = approved.ScheduleFor(Camille, SendAt, "Europe/Paris", ["c1", "c2", "c1"], Now);
        Assert.Equal(new NewsletterSchedule(SendAt, "Europe/Paris", ["c1", "c2"]), scheduled.Schedule);
        Assert.Equal(NewsletterStatus.Scheduled, scheduled.Status);
    }

    [Fact]
    public void A_scheduled_issue_may_be_rescheduled_or_cancelled_until_it_is_sent()
    {
        var scheduled = Draft().Approve(Camille, Now).ScheduleFor(Camille, SendAt, "Europe/Paris", ["c1"], Now);

        var moved = scheduled.ScheduleFor(Malik, SendAt.AddDays(1), "Europe/Paris", ["c2"], Now);
        Assert.Equal(SendAt.AddDays(1), moved.Schedule!.At);

        var cancelled = moved.CancelSchedule(Camille, Now);
        Assert.Null(cancelled.Schedule);
        Assert.Equal(NewsletterStatus.Approved, cancelled.Status);
        Assert.Equal(NewsletterRefusal.NotScheduled, Assert.Throws<NewsletterRefusedException>(() => cancelled.CancelSchedule(Camille, Now)).Reason);
    }

    [Fact]
    public void It_is_due_at_its_time_and_once_sent_it_is_archived_and_frozen()
    {
        var scheduled = Draft().Approve(Camille, Now).ScheduleFor(Camille, SendAt, "Europe/Paris", ["c1"], Now);

        Assert.False(scheduled.IsDue(SendAt.AddSeconds(-1)));
        Assert.True(scheduled.IsDue(SendAt));
        Assert.Equal(NewsletterRefusal.NotApproved, Assert.Throws<NewsletterRefusedException>(() => scheduled.MarkSent(SendAt.AddSeconds(-1))).Reason);

        var sent = scheduled.MarkSent(SendAt);
        Assert.Equal(NewsletterStatus.Sent, sent.Status);
        Assert.False(sent.IsDue(SendAt.AddHours(1)));
        Assert.All(
            new Action[]
            {
                () => sent.MarkSent(SendAt),
                () => sent.EditSection(Camille, "a", "t", "b", Now),
                () => sent.Approve(Malik, Now),
                () => sent.CancelSchedule(Camille, Now),
                () => sent.ScheduleFor(Camille, SendAt.AddDays(2), "Europe/Paris", ["c1"], SendAt),
            },
            act => Assert.Equal(NewsletterRefusal.AlreadySent, Assert.Throws<NewsletterRefusedException>(act).Reason));
    }

    [Fact]
    public void A_card_from_an_older_revision_is_refused()
    {
        var issue = Draft().EditSection(Camille, "a", "t", "b", Now);

        Assert.Equal(NewsletterRefusal.StaleCard, Assert.Throws<NewsletterRefusedException>(() => issue.EnsureCurrent(1)).Reason);
        issue.EnsureCurrent(2);
    }

    [Fact]
    public void A_polish_that_keeps_the_facts_replaces_the_text_and_voids_the_approvals()
    {
        var issue = NewsletterIssue.Start(Q4, Language.French, [Section("a", "Le hub Retail a mis 3 cas en production le 12 mars 2026.")], 1, Camille, Now).Approve(Camille, Now);

        var polished = issue.AcceptPolish(Malik, "a", "Le hub Retail a mis 3 cas en production le 12 mars 2026.", "Le 12 mars 2026, trois cas du hub Retail sont passés en production.", Now);

        Assert.Equal("Le 12 mars 2026, trois cas du hub Retail sont passés en production.", polished.Sections[0].Body);
        Assert.Empty(polished.Approvals);
    }

    [Fact]
    public void A_polish_that_changes_a_number_is_refused_with_the_facts_it_changed()
    {
        var issue = NewsletterIssue.Start(Q4, Language.English, [Section("a", "The Retail hub put 3 use cases live on 12 March 2026.")], 1, Camille, Now);

        var refused = Assert.Throws<PolishRefusedException>(() => issue.AcceptPolish(Camille, "a", issue.Sections[0].Body, "The Retail hub put 4 use cases live on 12 March 2026.", Now));

        Assert.Equal(["3"], refused.Check.Missing.Select(f => f.Text));
        Assert.Equal(["4"], refused.Check.Added.Select(f => f.Text));
    }

    [Fact]
    public void A_polish_of_a_text_someone_has_since_edited_is_refused()
    {
        var issue = Draft().EditSection(Malik, "a", "Titre a", "Texte revu.", Now);

        Assert.Equal(NewsletterRefusal.StaleCard, Assert.Throws<NewsletterRefusedException>(() => issue.AcceptPolish(Camille, "a", "Texte de la section.", "Texte.", Now)).Reason);
    }

    [Fact]
    public void An_unknown_section_is_refused()
    {
        Assert.Equal(NewsletterRefusal.UnknownSection, Assert.Throws<NewsletterRefusedException>(() => Draft().RemoveSection(Camille, "zz", Now)).Reason);
    }
}
