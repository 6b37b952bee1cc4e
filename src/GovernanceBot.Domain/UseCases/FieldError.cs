namespace GovernanceBot.Domain.UseCases;

/// <summary>A refused or missing value: the field, the reason, and the limit involved when there is one (length, maximum…).</summary>
public sealed record FieldError(string FieldId, FieldErrorCode Code, int? Limit = null);
