using GovernanceBot.Domain.Newsletter.Facts;

namespace GovernanceBot.Domain.Newsletter;

/// <summary>
/// One quarter's "Data Science Info": its sections in order, the approvals of its exact text, its schedule and,
/// once handed to delivery, the moment it was sent (it is then archived and never changes). Immutable: every
/// change returns a new issue with <see cref="Revision"/> + 1. A change of text bumps <see cref="ContentVersion"/>,
/// voids every approval and drops the schedule, so nothing goes out that a person did not approve word for word.
/// Every method checks the actor holds the comms role.
/// </summary>
public sealed record NewsletterIssue
{
    public const int MaxSections = 12;

    /// <summary>How far ahead an issue may be scheduled.</summary>
    public static readonly TimeSpan ScheduleHorizon = TimeSpan.FromDays(366);

    public required Quarter Quarter { get; init; }
    public required Language Language { get; init; }
    public required IReadOnlyList<NewsletterSection> Sections { get; init; }

    /// <summary>1 or 2 distinct comms approvers, as configured when the draft started.</summary>
    public required int RequiredApprovals { get; init; }

    public IReadOnlyList<NewsletterApproval> Approvals { get; init; } = [];
    public NewsletterSchedule? Schedule { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public required int Revision { get; init; }
    public required int ContentVersion { get; init; }
    public required string StartedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    public NewsletterStatus Status =>
        SentAt is not null ? NewsletterStatus.Sent
        : Schedule is not null ? NewsletterStatus.Scheduled
        : Approvals.Count >= RequiredApprovals ? NewsletterStatus.Approved
        : Approvals.Count > 0 ? NewsletterStatus.AwaitingSecondApproval
        : NewsletterStatus.Draft;

    public bool IsApproved => Approvals.Count(a => a.ContentVersion == ContentVersion) >= RequiredApprovals;

    public static NewsletterIssue Start(Quarter quarter, Language language, IReadOnlyList<NewsletterSection> sections, int requiredApprovals, NewsletterActor actor, DateTimeOffset now)
    {
        EnsureComms(actor);
        if (requiredApprovals is < 1 or > 2) throw new ArgumentOutOfRangeException(nameof(requiredApprovals), "One or two approvers.");
        return new NewsletterIssue
        {
            Quarter = quarter,
            Language = language,
            Sections = sections.Take(MaxSections).ToList(),
            RequiredApprovals = requiredApprovals,
            Revision = 1,
            ContentVersion = 1,
            StartedBy = actor.UserKey,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Throws unless the card was drawn from this very revision (a double click, or a colleague's change in between).</summary>
    public void EnsureCurrent(int cardRevision)
    {
        if (cardRevision != Revision) throw new NewsletterRefusedException(NewsletterRefusal.StaleCard);
    }

    public NewsletterSection Section(string sectionId) =>
        Sections.FirstOrDefault(s => s.Id == sectionId) ?? throw new NewsletterRefusedException(NewsletterRefusal.UnknownSection);

    public NewsletterIssue EditSection(NewsletterActor actor, string sectionId, string? title, string? body, DateTimeOffset now)
    {
        EnsureOpen(actor);
        var section = Section(sectionId);
        var edited = section with { Title = CheckedTitle(title), Body = CheckedBody(body) };
        if (edited == section) return this;
        return Rewritten(actor, Sections.Select(s => s.Id == sectionId ? edited : s).ToList(), now);
    }

    /// <summary>Moves a section up (negative) or down (positive), stopping at either end.</summary>
    public NewsletterIssue MoveSection(NewsletterActor actor, string sectionId, int by, DateTimeOffset now)
    {
        EnsureOpen(actor);
        var section = Section(sectionId);
        var sections = Sections.ToList();
        var from = sections.IndexOf(section);
        var to = Math.Clamp(from + by, 0, sections.Count - 1);
        if (to == from) return this;
        sections.RemoveAt(from);
        sections.Insert(to, section);
        return Rewritten(actor, sections, now);
    }

    public NewsletterIssue AddSection(NewsletterActor actor, string sectionId, string? title, string? body, DateTimeOffset now)
    {
        EnsureOpen(actor);
        if (Sections.Count >= MaxSections) throw new NewsletterRefusedException(NewsletterRefusal.TooManySections);
        var section = new NewsletterSection(sectionId, SectionKind.Custom, CheckedTitle(title), CheckedBody(body), [new FactSource(SourceKind.Written, actor.DisplayName ?? actor.UserKey)]);
        return Rewritten(actor, [.. Sections, section], now);
    }

    public NewsletterIssue RemoveSection(NewsletterActor actor, string sectionId, DateTimeOffset now)
    {
        EnsureOpen(actor);
        var section = Section(sectionId);
        return Rewritten(actor, Sections.Where(s => s != section).ToList(), now);
    }

    /// <summary>
    /// Takes an LLM's rewrite of a section's text, if the section still reads <paramref name="basedOn"/> and the
    /// rewrite kept every fact (<see cref="FactCheck"/>); otherwise throws and nothing changes.
    /// </summary>
    public NewsletterIssue AcceptPolish(NewsletterActor actor, string sectionId, string basedOn, string rewrite, DateTimeOffset now)
    {
        EnsureOpen(actor);
        var section = Section(sectionId);
        if (section.Body != basedOn) throw new NewsletterRefusedException(NewsletterRefusal.StaleCard);
        var check = FactCheck.Compare(basedOn, rewrite, Language);
        if (!check.Preserved) throw new PolishRefusedException(check);
        return EditSection(actor, sectionId, section.Title, rewrite, now);
    }

    /// <summary>Approves the text as it stands. A second approval must come from another person.</summary>
    public NewsletterIssue Approve(NewsletterActor actor, DateTimeOffset now)
    {
        EnsureOpen(actor);
        if (Sections.Count == 0) throw new NewsletterRefusedException(NewsletterRefusal.NoSections);
        if (Approvals.Any(a => a.UserKey == actor.UserKey)) throw new NewsletterRefusedException(NewsletterRefusal.AlreadyApprovedByYou);
        var approvals = Approvals.Append(new NewsletterApproval(actor.UserKey, actor.DisplayName, now, ContentVersion)).Take(RequiredApprovals).ToList();
        return Changed(now) with { Approvals = approvals };
    }

    /// <summary>Schedules (or reschedules) the approved issue for <paramref name="at"/> to <paramref name="channelIds"/>.</summary>
    public NewsletterIssue ScheduleFor(NewsletterActor actor, DateTimeOffset at, string timeZoneId, IReadOnlyList<string> channelIds, DateTimeOffset now)
    {
        EnsureOpen(actor);
        if (!IsApproved) throw new NewsletterRefusedException(NewsletterRefusal.NotApproved);
        if (at <= now) throw new NewsletterRefusedException(NewsletterRefusal.TimeNotInFuture);
        if (at - now > ScheduleHorizon) throw new NewsletterRefusedException(NewsletterRefusal.TimeTooFar);
        var channels = channelIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        if (channels.Count == 0) throw new NewsletterRefusedException(NewsletterRefusal.NoChannel);
        return Changed(now) with { Schedule = new NewsletterSchedule(at, timeZoneId, channels) };
    }

    public NewsletterIssue CancelSchedule(NewsletterActor actor, DateTimeOffset now)
    {
        EnsureOpen(actor);
        if (Schedule is null) throw new NewsletterRefusedException(NewsletterRefusal.NotScheduled);
        return Changed(now) with { Schedule = null };
    }

    /// <summary>True when the approved, scheduled issue is due: delivery may hand it to the outbox.</summary>
    public bool IsDue(DateTimeOffset now) => SentAt is null && Schedule is { } schedule && schedule.At <= now && IsApproved;

    /// <summary>Records the hand-over to delivery; the issue is archived from then on. Delivery calls this, not a person.</summary>
    public NewsletterIssue MarkSent(DateTimeOffset now)
    {
        if (SentAt is not null) throw new NewsletterRefusedException(NewsletterRefusal.AlreadySent);
        if (!IsDue(now)) throw new NewsletterRefusedException(Schedule is null ? NewsletterRefusal.NotScheduled : NewsletterRefusal.NotApproved);
        return Changed(now) with { SentAt = now };
    }

    private NewsletterIssue Rewritten(NewsletterActor actor, IReadOnlyList<NewsletterSection> sections, DateTimeOffset now)
    {
        EnsureOpen(actor);
        return Changed(now) with { Sections = sections, ContentVersion = ContentVersion + 1, Approvals = [], Schedule = null };
    }

    private void EnsureOpen(NewsletterActor actor)
    {
        EnsureComms(actor);
        if (SentAt is not null) throw new NewsletterRefusedException(NewsletterRefusal.AlreadySent);
    }

    private static void EnsureComms(NewsletterActor actor)
    {
        if (!actor.IsComms) throw new NewsletterRefusedException(NewsletterRefusal.NotComms);
    }

    private static string CheckedTitle(string? title)
    {
        var trimmed = title?.Trim() ?? "";
        if (trimmed.Length == 0) throw new NewsletterRefusedException(NewsletterRefusal.TitleRequired);
        if (trimmed.Length > NewsletterSection.TitleLength) throw new NewsletterRefusedException(NewsletterRefusal.TitleTooLong);
        return trimmed;
    }

    private static string CheckedBody(string? body)
    {
        var trimmed = body?.Trim() ?? "";
        if (trimmed.Length == 0) throw new NewsletterRefusedException(NewsletterRefusal.BodyRequired);
        if (trimmed.Length > NewsletterSection.BodyLength) throw new NewsletterRefusedException(NewsletterRefusal.BodyTooLong);
        return trimmed;
    }

    private NewsletterIssue Changed(DateTimeOffset now) => this with { Revision = Revision + 1, UpdatedAt = now };
}
