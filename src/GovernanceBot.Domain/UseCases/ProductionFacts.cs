namespace GovernanceBot.Domain.UseCases;

/// <summary>Facts about a use case in production, kept up to date by the central team.</summary>
public sealed record ProductionFacts
{
    public const int TextLength = 200;
    public const int KpiValuesLength = 1000;

    public static readonly ProductionFacts None = new();

    public DateOnly? GoLiveDate { get; init; }
    public string? SupportContact { get; init; }
    public string? MonitoringUrl { get; init; }

    /// <summary>Latest KPI values, free text ("churn −3 pts, adoption 80 %").</summary>
    public string? KpiValues { get; init; }
}
