using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Copil;

/// <summary>
/// The KPIs of DESIGN §8, all computed from stored history (never typed in). Ratios are null when their
/// denominator is zero, so an empty history reads "no data yet" rather than 0 %.
/// </summary>
public sealed record CopilKpis
{
    /// <summary>Use cases that reached the POC stage: submitted with their prototype (DESIGN §4.6).</summary>
    public required int Pocs { get; init; }

    /// <summary>Of those, how many went live.</summary>
    public required int ReachedProduction { get; init; }

    /// <summary>ReachedProduction / Pocs, 0–1, or null with no POC.</summary>
    public double? ConversionRate => Pocs == 0 ? null : (double)ReachedProduction / Pocs;

    /// <summary>Ideation (creation) to going live.</summary>
    public required DurationStats TimeToMarket { get; init; }

    /// <summary>First submission to the evaluation being marked complete.</summary>
    public required DurationStats EvaluationLeadTime { get; init; }

    /// <summary>Submitted use cases by current state (drafts never submitted belong to their hub alone and are not counted).</summary>
    public required IReadOnlyDictionary<UseCaseState, int> ByStatus { get; init; }

    /// <summary>Submitted use cases per hub, and how many of them are in production.</summary>
    public required IReadOnlyList<HubCount> ByHub { get; init; }

    /// <summary>The latest assessment of each hub.</summary>
    public required IReadOnlyList<HubMaturity> MaturityByHub { get; init; }

    /// <summary>The adoption facts recorded on use cases in production.</summary>
    public required IReadOnlyList<AdoptionFact> Adoption { get; init; }

    /// <summary>Submitted use cases whose every field, optional ones included, is filled in.</summary>
    public required int CompleteSubmissions { get; init; }

    public required int IncompleteSubmissions { get; init; }

    /// <summary>Decisions the Copil took since <c>since</c> (all time when null).</summary>
    public required int DecisionsSince { get; init; }
}

/// <summary>One hub's use cases: submitted, and in production now.</summary>
public sealed record HubCount(string HubId, int Submitted, int InProduction);

/// <summary>A production use case's latest KPI values, as the central team recorded them.</summary>
public sealed record AdoptionFact(Guid UseCaseId, string Title, UseCaseNumber? Number, string HubId, string KpiValues, DateOnly? GoLiveDate);
