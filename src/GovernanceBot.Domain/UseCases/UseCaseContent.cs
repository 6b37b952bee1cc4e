namespace GovernanceBot.Domain.UseCases;

/// <summary>Everything the hub writes about a use case, one section per wizard step (DESIGN §4.1–4.6).</summary>
public sealed record UseCaseContent
{
    public static readonly UseCaseContent Empty = new();

    public ValueScreen Value { get; init; } = new();
    public Feasibility Feasibility { get; init; } = new();
    public ScopeOfWork Scope { get; init; } = new();
    public ProductCanvas Canvas { get; init; } = new();
    public ComplianceAndRisk Compliance { get; init; } = new();
    public SubmissionPackage Package { get; init; } = new();
}
