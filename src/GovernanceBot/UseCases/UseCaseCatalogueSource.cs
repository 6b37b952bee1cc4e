using System.Collections.Concurrent;
using GovernanceBot.Catalogue;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.UseCases;
using GovernanceBot.Hubs;

namespace GovernanceBot.UseCases;

/// <summary>
/// Gives the Q&A catalogue the registry's submitted use cases (<see cref="RegistryUseCases"/>): the
/// per-state listings say what changed since the last call (by update time), and only those are read in full.
/// </summary>
internal sealed class UseCaseCatalogueSource(UseCaseStore store, IHubDirectory hubs) : ICatalogueUseCaseSource
{
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _seen = new();

    public async Task<IReadOnlyList<CatalogueUseCase>> ChangedAsync(CancellationToken cancellationToken)
    {
        var changed = new List<CatalogueUseCase>();
        foreach (var state in Enum.GetValues<UseCaseState>().Where(s => s != UseCaseState.Draft))
        {
            foreach (var item in await store.ListByStateAsync(state, cancellationToken))
            {
                if (_seen.TryGetValue(item.Id, out var updatedAt) && updatedAt == item.UpdatedAt) continue;
                if (await store.GetAsync(item.Id, cancellationToken) is not { } stored) continue;
                var hub = await hubs.FindAsync(stored.UseCase.HubId, cancellationToken);
                if (RegistryUseCases.ToCatalogue(stored.UseCase, hub?.Name ?? stored.UseCase.HubId) is { } record) changed.Add(record);
                _seen[item.Id] = item.UpdatedAt;
            }
        }
        return changed;
    }
}
