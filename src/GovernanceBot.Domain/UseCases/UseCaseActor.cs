namespace GovernanceBot.Domain.UseCases;

/// <summary>
/// Who is acting, as the server established it (never from card data): their stable key, name, hub, and the
/// governance roles the host resolved from its permissions.
/// </summary>
public sealed record UseCaseActor(string UserKey, string? DisplayName, string? HubId, bool IsCentralTeam = false, bool IsCopil = false, bool SeesEveryUseCase = false)
{
    /// <summary>The capacities in which this person may act on <paramref name="useCase"/>.</summary>
    public IReadOnlySet<UseCaseCapacity> CapacitiesOn(UseCase useCase)
    {
        var capacities = new HashSet<UseCaseCapacity>();
        if (UserKey == useCase.SubmitterKey || (HubId is not null && HubId == useCase.HubId)) capacities.Add(UseCaseCapacity.HubMember);
        if (IsCentralTeam) capacities.Add(UseCaseCapacity.CentralTeam);
        if (IsCopil) capacities.Add(UseCaseCapacity.Copil);
        return capacities;
    }

    /// <summary>
    /// A draft never submitted belongs to its hub; once submitted (it then has a number, kept if it is sent
    /// back), the central team, the Copil and anyone allowed to see every use case may read it too.
    /// </summary>
    public bool CanView(UseCase useCase) =>
        CapacitiesOn(useCase).Contains(UseCaseCapacity.HubMember)
        || (useCase.Number is not null && (IsCentralTeam || IsCopil || SeesEveryUseCase));
}
