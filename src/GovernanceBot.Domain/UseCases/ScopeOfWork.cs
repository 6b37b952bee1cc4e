namespace GovernanceBot.Domain.UseCases;

/// <summary>The nine-field scope of work (DESIGN §4.3).</summary>
public sealed record ScopeOfWork
{
    public string? BusinessContext { get; init; }
    public string? ProblemStatement { get; init; }
    public string? TechnicalOverview { get; init; }
    public string? DataRequired { get; init; }
    public string? Assumptions { get; init; }
    public string? Deliverables { get; init; }
    public int? EstimatedEffortDays { get; init; }
    public ValueList<ExpertiseProfile> Expertise { get; init; } = [];
    public string? Exclusions { get; init; }
}
