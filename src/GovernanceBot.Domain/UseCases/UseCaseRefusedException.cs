namespace GovernanceBot.Domain.UseCases;

/// <summary>An action the rules do not allow; nothing was changed.</summary>
public sealed class UseCaseRefusedException(UseCaseRefusal reason, IReadOnlyList<FieldError>? missing = null, string? ownerName = null)
    : Exception($"Refused: {reason}.")
{
    public UseCaseRefusal Reason { get; } = reason;

    /// <summary>The fields still missing when <see cref="Reason"/> is <see cref="UseCaseRefusal.Incomplete"/>.</summary>
    public IReadOnlyList<FieldError> Missing { get; } = missing ?? [];

    /// <summary>Who owns the evaluation when <see cref="Reason"/> is <see cref="UseCaseRefusal.NotOwner"/>.</summary>
    public string? OwnerName { get; } = ownerName;
}
