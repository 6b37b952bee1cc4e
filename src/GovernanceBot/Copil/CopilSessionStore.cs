using System.Text.Json;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Storage;

namespace GovernanceBot.Copil;

/// <summary>
/// The Copil's sessions in the <c>Copil</c> table: the plan (partition "plan"), one row per session (partition
/// "sessions", row = its date), one decision slot per card (partition "slots-&lt;date&gt;", row = the use case),
/// which agenda occurrence belongs to which session (partition "agenda-posts"), and the value criteria the
/// central team rated (partition "criteria"). Sessions and slots are written against the ETag they were read
/// with: of two members deciding at once, exactly one write succeeds.
/// </summary>
public sealed class CopilSessionStore(ITableStorage storage)
{
    private const string PlanPartition = "plan";
    private const string PlanRow = "calendar";
    private const string SessionPartition = "sessions";
    private const string AgendaPostPartition = "agenda-posts";
    private const string CriteriaPartition = "criteria";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private ITable Table => storage.GetTable(CopilNoteStore.TableName);

    public async Task<CopilPlan?> GetPlanAsync(CancellationToken cancellationToken) =>
        await Table.GetAsync(PlanPartition, PlanRow, cancellationToken) is { } e
            ? new CopilPlan(
                new CopilCalendar(Enum.TryParse<CopilCadence>(e.GetString("Cadence"), out var cadence) ? cadence : CopilCadence.Monthly,
                    e.GetInt32("Day") ?? 10, e.GetInt32("Hour") ?? 14, e.GetInt32("Lead") ?? 3, e.GetString("TimeZone"), e.GetInt32("DigestAfter") ?? 4),
                e.GetString("AgendaJob") ?? "", e.GetString("DigestJob") ?? "", e.GetString("PlannedBy") ?? "", e.GetDateTimeOffset("PlannedAt") ?? DateTimeOffset.MinValue)
            : null;

    public Task SavePlanAsync(CopilPlan plan, CancellationToken cancellationToken) => Table.UpsertAsync(new TableEntity(PlanPartition, PlanRow)
    {
        ["Cadence"] = plan.Calendar.Cadence.ToString(),
        ["Day"] = plan.Calendar.DayOfMonth,
        ["Hour"] = plan.Calendar.Hour,
        ["Lead"] = plan.Calendar.AgendaDaysBefore,
        ["TimeZone"] = plan.Calendar.TimeZoneId,
        ["DigestAfter"] = plan.Calendar.DigestHoursAfter,
        ["AgendaJob"] = plan.AgendaJobId,
        ["DigestJob"] = plan.DigestJobId,
        ["PlannedBy"] = plan.PlannedBy,
        ["PlannedAt"] = plan.PlannedAt,
    }, TableUpdateMode.Replace, cancellationToken);

    public async Task<(CopilSession Session, string ETag)?> GetSessionAsync(DateOnly date, CancellationToken cancellationToken) =>
        await Table.GetAsync(SessionPartition, CopilSession.KeyOf(date), cancellationToken) is { } e ? (ToSession(e), e.ETag!) : null;

    /// <summary>The session on <paramref name="date"/>, created (unposted, unedited) when it is not stored yet.</summary>
    public async Task<(CopilSession Session, string ETag)> GetOrAddSessionAsync(DateOnly date, DateTimeOffset at, CopilCadence cadence, CancellationToken cancellationToken)
    {
        if (await GetSessionAsync(date, cancellationToken) is { } found) return found;
        try
        {
            await Table.AddAsync(ToEntity(new CopilSession(date, at, cadence, AgendaAdjustments.None)), cancellationToken);
        }
        catch (EntityAlreadyExistsException)
        {
            // Another turn created it first: read theirs.
        }
        return (await GetSessionAsync(date, cancellationToken))!.Value;
    }

    /// <summary>Writes the session if it is still at <paramref name="etag"/>; false when someone changed it first.</summary>
    public async Task<bool> TryReplaceSessionAsync(CopilSession session, string etag, CancellationToken cancellationToken)
    {
        try
        {
            await Table.UpdateAsync(ToEntity(session), etag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }

    /// <summary>Every stored session, latest first.</summary>
    public async Task<IReadOnlyList<CopilSession>> ListSessionsAsync(CancellationToken cancellationToken)
    {
        var sessions = new List<CopilSession>();
        await foreach (var e in Table.QueryAsync(TableQuery.InPartition(SessionPartition), cancellationToken)) sessions.Add(ToSession(e));
        return [.. sessions.OrderByDescending(s => s.Date)];
    }

    /// <summary>Remembers which session an agenda occurrence posted, so its sent posts can find their session.</summary>
    public Task LinkAgendaAsync(string occurrenceId, DateOnly session, CancellationToken cancellationToken) =>
        Table.UpsertAsync(new TableEntity(AgendaPostPartition, TableKeys.Encode(occurrenceId)) { ["Session"] = CopilSession.KeyOf(session) }, TableUpdateMode.Replace, cancellationToken);

    public async Task<DateOnly?> SessionOfAgendaAsync(string occurrenceId, CancellationToken cancellationToken) =>
        CopilSession.DateOfKey((await Table.GetAsync(AgendaPostPartition, TableKeys.Encode(occurrenceId), cancellationToken))?.GetString("Session"));

    /// <summary>Adds the undecided slots of a session's decision cards; slots already there are kept as they are.</summary>
    public async Task AddSlotsAsync(CopilSession session, IEnumerable<Guid> useCases, CancellationToken cancellationToken)
    {
        foreach (var id in useCases)
        {
            try
            {
                await Table.AddAsync(ToEntity(new DecisionSlot(id, session.Date)), cancellationToken);
            }
            catch (EntityAlreadyExistsException)
            {
                // A replayed posting: the slot, and any decision in it, stays.
            }
        }
    }

    public async Task<(DecisionSlot Slot, string ETag)?> GetSlotAsync(DateOnly session, Guid useCase, CancellationToken cancellationToken) =>
        await Table.GetAsync(SlotPartition(session), useCase.ToString("N"), cancellationToken) is { } e ? (ToSlot(e), e.ETag!) : null;

    public async Task<IReadOnlyList<DecisionSlot>> ListSlotsAsync(DateOnly session, CancellationToken cancellationToken)
    {
        var slots = new List<DecisionSlot>();
        await foreach (var e in Table.QueryAsync(TableQuery.InPartition(SlotPartition(session)), cancellationToken)) slots.Add(ToSlot(e));
        return slots;
    }

    /// <summary>Fills a slot if it is still at <paramref name="etag"/>; false when another decision was written first.</summary>
    public async Task<bool> TryDecideAsync(DecisionSlot decided, string etag, CancellationToken cancellationToken)
    {
        try
        {
            await Table.UpdateAsync(ToEntity(decided), etag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (ConcurrencyConflictException)
        {
            return false;
        }
    }

    public async Task<CopilCriteria> GetCriteriaAsync(Guid useCase, CancellationToken cancellationToken) =>
        await Table.GetAsync(CriteriaPartition, useCase.ToString("N"), cancellationToken) is { } e ? ToCriteria(e) : CopilCriteria.None;

    /// <summary>Every rated case's criteria; a case never rated is absent (and scores without them).</summary>
    public async Task<IReadOnlyDictionary<Guid, CopilCriteria>> AllCriteriaAsync(CancellationToken cancellationToken)
    {
        var all = new Dictionary<Guid, CopilCriteria>();
        await foreach (var e in Table.QueryAsync(TableQuery.InPartition(CriteriaPartition), cancellationToken))
            if (Guid.TryParseExact(e.RowKey, "N", out var id)) all[id] = ToCriteria(e);
        return all;
    }

    public Task SaveCriteriaAsync(Guid useCase, CopilCriteria criteria, string byKey, DateTimeOffset at, CancellationToken cancellationToken) =>
        Table.UpsertAsync(new TableEntity(CriteriaPartition, useCase.ToString("N"))
        {
            ["Roi"] = criteria.Roi?.ToString(),
            ["BusinessCriticality"] = criteria.BusinessCriticality?.ToString(),
            ["StrategicAlignment"] = criteria.StrategicAlignment?.ToString(),
            ["RatedBy"] = byKey,
            ["RatedAt"] = at,
        }, TableUpdateMode.Replace, cancellationToken);

    private static string SlotPartition(DateOnly session) => "slots-" + CopilSession.KeyOf(session);

    private static CopilCriteria ToCriteria(TableEntity e) => new(RatingOf(e, "Roi"), RatingOf(e, "BusinessCriticality"), RatingOf(e, "StrategicAlignment"));

    private static Rating? RatingOf(TableEntity e, string name) => Enum.TryParse<Rating>(e.GetString(name), out var r) && Enum.IsDefined(r) ? r : null;

    private static TableEntity ToEntity(CopilSession s) => new(SessionPartition, s.Key)
    {
        ["Date"] = s.Key,
        ["At"] = s.At,
        ["Cadence"] = s.Cadence.ToString(),
        ["Removed"] = JsonSerializer.Serialize(s.Adjustments.Removed.Order(StringComparer.Ordinal), Json),
        ["Added"] = JsonSerializer.Serialize(s.Adjustments.Added, Json),
        ["AgendaOccurrence"] = s.AgendaOccurrenceId,
        ["PostedAt"] = s.PostedAt,
        ["Decisions"] = s.DecisionCards is null ? null : string.Join(',', s.DecisionCards.Select(d => d.ToString("N"))),
        ["Language"] = s.Language.ToString(),
    };

    private static CopilSession ToSession(TableEntity e) => new(
        CopilSession.DateOfKey(e.GetString("Date")) ?? DateOnly.MinValue,
        e.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        Enum.TryParse<CopilCadence>(e.GetString("Cadence"), out var cadence) ? cadence : CopilCadence.Monthly,
        new AgendaAdjustments(
            new HashSet<string>(JsonSerializer.Deserialize<string[]>(e.GetString("Removed") ?? "[]", Json) ?? [], StringComparer.Ordinal),
            JsonSerializer.Deserialize<string[]>(e.GetString("Added") ?? "[]", Json) ?? []),
        e.GetString("AgendaOccurrence"),
        e.GetDateTimeOffset("PostedAt"),
        e.GetString("Decisions") is { } decisions
            ? [.. decisions.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => Guid.TryParseExact(d, "N", out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty)]
            : null,
        Enum.TryParse<Language>(e.GetString("Language"), out var language) ? language : Language.French);

    private static TableEntity ToEntity(DecisionSlot slot)
    {
        var d = slot.Decision;
        return new TableEntity(SlotPartition(slot.SessionDate), slot.UseCaseId.ToString("N"))
        {
            ["UseCase"] = slot.UseCaseId,
            ["Session"] = CopilSession.KeyOf(slot.SessionDate),
            ["Kind"] = d?.Kind.ToString(),
            ["Rank"] = d?.Rank,
            ["RevisitOn"] = d?.RevisitOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Reason"] = d?.Reason,
            ["DeciderKey"] = d?.DeciderKey,
            ["DeciderName"] = d?.DeciderName,
            ["DecidedAt"] = d?.At,
        };
    }

    private static DecisionSlot ToSlot(TableEntity e)
    {
        var useCase = e.GetGuid("UseCase") ?? Guid.Empty;
        var session = CopilSession.DateOfKey(e.GetString("Session")) ?? DateOnly.MinValue;
        CopilDecision? decision = null;
        if (Enum.TryParse<CopilDecisionKind>(e.GetString("Kind"), out var kind) && e.GetDateTimeOffset("DecidedAt") is { } at)
        {
            decision = new CopilDecision(useCase, kind, e.GetInt32("Rank"), CopilSession.DateOfKey(e.GetString("RevisitOn")), e.GetString("Reason"),
                e.GetString("DeciderKey") ?? "", e.GetString("DeciderName"), at);
        }
        return new DecisionSlot(useCase, session, decision);
    }
}
