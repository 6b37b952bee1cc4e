namespace GovernanceBot.Domain.Maturity;

/// <summary>A finished assessment: who answered for which hub, when, every answer and the score it earned.</summary>
public sealed record CompletedAssessment(
    Guid Id,
    string HubId,
    string RespondentId,
    string? RespondentName,
    DateTimeOffset CompletedAt,
    IReadOnlyDictionary<string, string> Answers,
    MaturityScore Score);
