using GovernanceBot.Domain.Catalogue;

namespace GovernanceBot.Catalogue;

/// <summary>
/// Use cases the catalogue answers about that live outside its imports — the registry's own, kept by
/// the use-case workflow. The catalogue asks for what changed since its last call, now and then.
/// </summary>
public interface ICatalogueUseCaseSource
{
    /// <summary>Records added or changed since the previous call (everything, the first time).</summary>
    Task<IReadOnlyList<CatalogueUseCase>> ChangedAsync(CancellationToken cancellationToken);
}
