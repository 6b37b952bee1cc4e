using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.Tests.UseCases;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Tests.Copil;

/// <summary>Builds use-case records whose history has known dates, so each KPI has a known answer.</summary>
internal static class GeneratedHistory
{
    public static readonly DateTimeOffset Start = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The sample content with the optional fields filled in too.</summary>
    public static readonly UseCaseContent WellDocumented = Enum.GetValues<WizardStep>().Aggregate(SampleUseCases.CompleteContent(), (content, step) => UseCaseForm.Apply(content, step, new Dictionary<string, string?>
    {
        ["assumptions"] = "Transactions stay in the warehouse.", ["exclusions"] = "Corporate clients.", ["secondaryKpis"] = "Calls made\nRetention offers",
        ["operatingEnvironment"] = "Branch CRM", ["extensions"] = "Insurance churn", ["ethicsConcerns"] = "Age bias to watch.",
    }).Content);

    /// <summary>
    /// A case created at <see cref="Start"/> + <paramref name="createdDay"/>, submitted <paramref name="submitAfter"/> days later
    /// (never when null), evaluated <paramref name="evaluateAfter"/> days after submission, live <paramref name="liveAfter"/> days after creation.
    /// </summary>
    public static UseCaseRecord Case(string hub, int createdDay = 0, int? submitAfter = 1, int? evaluateAfter = null, int? liveAfter = null,
        UseCaseState? state = null, string? kpiValues = null, bool complete = true, int sequence = 1)
    {
        var created = Start.AddDays(createdDay);
        var history = new List<HistoryEntry> { Entry(created, HistoryEvent.Created, UseCaseState.Draft, UseCaseState.Draft) };
        var current = UseCaseState.Draft;
        void Add(DateTimeOffset at, HistoryEvent what, UseCaseState to) { history.Add(Entry(at, what, current, to)); current = to; }
        if (submitAfter is { } s)
        {
            var submitted = created.AddDays(s);
            Add(submitted, HistoryEvent.Submitted, UseCaseState.Submitted);
            if (evaluateAfter is { } e) Add(submitted.AddDays(e), HistoryEvent.Evaluated, UseCaseState.Evaluated);
        }
        if (liveAfter is { } l) Add(created.AddDays(l), HistoryEvent.WentLive, UseCaseState.InProduction);
        var content = complete ? WellDocumented : WellDocumented with { Canvas = WellDocumented.Canvas with { Extensions = null } };
        var useCase = new UseCase
        {
            Id = Guid.NewGuid(),
            HubId = hub,
            SubmitterKey = "aad-alice",
            Content = content,
            Number = submitAfter is null ? null : new UseCaseNumber(2025, sequence),
            State = state ?? current,
            StateSince = history[^1].At,
            Production = new ProductionFacts { KpiValues = kpiValues, GoLiveDate = liveAfter is { } g ? DateOnly.FromDateTime(created.AddDays(g).UtcDateTime) : null },
            Revision = history.Count,
            CreatedAt = created,
            UpdatedAt = history[^1].At,
        };
        return new UseCaseRecord(useCase, history);
    }

    private static HistoryEntry Entry(DateTimeOffset at, HistoryEvent what, UseCaseState from, UseCaseState to) => new(at, 1, "aad-dan", "Dan", what, from, to);
}
